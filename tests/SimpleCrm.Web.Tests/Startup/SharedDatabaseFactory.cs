using SimpleCrm.TestSupport;

namespace SimpleCrm.Web.Tests.Startup;

/// <summary>A second web instance on the database file of another, as behind a load balancer.</summary>
public sealed class SharedDatabaseFactory(string databasePath) : CrmWebFactory(useKestrel: false, databasePath);
