using SimpleCrm.Application.Common;
using SimpleCrm.Application.Leads;

namespace SimpleCrm.Application.Imports;

/// <summary>A lead row checked: its draft, the lead it reads as (derived keys set, not saved), and its problems (none: it may be placed).</summary>
internal sealed record ImportCheckedLead(ImportLeadDraft Draft, Lead Incoming, IReadOnlyList<Failure> Problems);
