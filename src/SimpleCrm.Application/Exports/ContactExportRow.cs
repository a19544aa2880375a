using SimpleCrm.Application.Contacts;

namespace SimpleCrm.Application.Exports;

/// <summary>One exported contact: the list's columns plus all emails, phones and tags.</summary>
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
    IReadOnlyList<string> Tags);
