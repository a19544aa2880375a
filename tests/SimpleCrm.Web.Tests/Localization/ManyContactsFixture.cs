using SimpleCrm.Application.Contacts;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Localization;

/// <summary>The app with enough contacts (1 234) that their count needs a thousands separator.</summary>
public sealed class ManyContactsFixture : CrmWebFactory, IAsyncLifetime
{
    public const int Count = 1234;

    public IReadOnlyList<Contact> Contacts { get; private set; } = [];

    public async Task InitializeAsync() =>
        Contacts = await ContactBuilder.SaveAllAsync(this, Enumerable.Range(0, Count).Select(i => ContactBuilder.Person("Numer", $"N{i:0000}")));

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
