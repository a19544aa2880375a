using SimpleCrm.TestSupport;

namespace SimpleCrm.BrowserTests;

/// <summary>
/// The app on Kestrel on a fresh database, one per test class. A subclass only because xunit wants a
/// class fixture with a single public constructor, and KestrelCrmWebFactory has a second one.
/// </summary>
public class BrowserCrmWebFactory : KestrelCrmWebFactory
{
}
