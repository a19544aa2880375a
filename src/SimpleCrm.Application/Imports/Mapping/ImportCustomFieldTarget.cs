namespace SimpleCrm.Application.Imports.Mapping;

/// <summary>An active custom field a column may be mapped to (file fields are not importable).</summary>
public sealed record ImportCustomFieldTarget(int Id, string Label, bool IsRequired);
