namespace SimpleCrm.Application.Bulk;

/// <summary>A list to add contacts to or remove them from.</summary>
public sealed record BulkListOption(int Id, string Name);
