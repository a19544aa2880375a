namespace SimpleCrm.Application.AccessClasses;

/// <summary>An access class as a choice on the contact form.</summary>
public sealed record AccessClassOption(int Id, string Name);
