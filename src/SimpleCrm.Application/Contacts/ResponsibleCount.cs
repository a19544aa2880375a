namespace SimpleCrm.Application.Contacts;

/// <summary>A user and how many of the contacts the reader can see they are responsible for; no user: nobody is.</summary>
public sealed record ResponsibleCount(string? UserId, string? DisplayName, int ContactCount);
