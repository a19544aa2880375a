namespace SimpleCrm.Application.Contacts;

/// <summary>A contact's current input and concurrency token, for the edit form.</summary>
public sealed record ContactEditModel(int Id, string DisplayName, ContactInput Input, Guid Version);
