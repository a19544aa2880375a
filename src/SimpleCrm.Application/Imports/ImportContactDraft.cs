using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Imports.Reading;

namespace SimpleCrm.Application.Imports;

/// <summary>A data row read as a contact: the input to validate, the fields the file gave a value for, its tags, its note, or why it cannot be read.</summary>
public sealed record ImportContactDraft(
    ImportRow Row,
    ContactInput Input,
    IReadOnlySet<string> Given,
    IReadOnlyList<string> Tags,
    string? Note,
    Failure? Problem);
