using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.CustomFields;

namespace SimpleCrm.Application.Exports;

/// <summary>One exported contact: the list's columns plus all emails, phones and tags, and its values of the active custom fields in their order.</summary>
public sealed record ContactExportRow(
    string Name,
    ContactKind Kind,
    string? Company,
    string? Position,
    IReadOnlyList<string> Emails,
    IReadOnlyList<string> Phones,
    string? City,
    string? Country,
    string? Responsible,
    DateTime CreatedAt,
    IReadOnlyList<string> Tags,
    IReadOnlyList<CustomFieldValueView?>? Custom = null);
