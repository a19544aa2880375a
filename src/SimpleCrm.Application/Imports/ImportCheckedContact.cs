using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;

namespace SimpleCrm.Application.Imports;

/// <summary>A contact row checked: its draft, its validated emails and phones, and its problems (none: it may be placed).</summary>
internal sealed record ImportCheckedContact(ImportContactDraft Draft, ValidatedContact Validated, IReadOnlyList<Failure> Problems);
