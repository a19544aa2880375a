namespace SimpleCrm.Application.CustomFields;

/// <summary>A file posted for a file custom field: the name the browser sent and its bytes.</summary>
public sealed record CustomFieldUpload(string? FileName, Stream Content);
