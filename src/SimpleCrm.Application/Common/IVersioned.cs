namespace SimpleCrm.Application.Common;

/// <summary>
/// An entity with an app-managed optimistic concurrency token, renewed on every save. SQLite has no
/// database-generated row version, so the application sets it and both providers compare it.
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
