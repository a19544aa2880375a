namespace SimpleCrm.Application.CustomFields;

/// <summary>An option of a choice field as forms, filters and the admin page show it.</summary>
public sealed record CustomFieldChoice(int Id, string Label, bool IsRetired);
