namespace SimpleCrm.Application.Email.Templates;

/// <summary>A record's values for the placeholders; a missing one renders as nothing.</summary>
public sealed record EmailPlaceholderValues(string? FirstName, string? LastName, string? Company, string? Owner, string? Email);
