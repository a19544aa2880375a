namespace SimpleCrm.Application.Imports;

/// <summary>How the stored file is read: its format and, as the user confirmed them, code page, delimiter and sheet.</summary>
public sealed record ImportReadSettings(string Format, int? CodePage = null, string? Delimiter = null, string? Sheet = null);
