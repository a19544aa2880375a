using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;

namespace SimpleCrm.BrowserTests;

/// <summary>The app on Kestrel with thirty multilingual contacts and a few users, so lists have something to show.</summary>
public sealed class SeededCrmWebFactory : BrowserCrmWebFactory, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await CreateUserAsync("manager@test.local", Roles.Manager, "Małgorzata Wiśniewska");
        await CreateUserAsync("rep1@test.local", Roles.SalesRep, "Jonas Kazlauskas");
        await CreateUserAsync("rep2@test.local", Roles.SalesRep, "Zuzana Horváthová");
        await CreateUserAsync("rep3@test.local", Roles.SalesRep, "Дмитрий Соколов");
        await MultilingualContacts.AddAsync(this, await MultilingualContacts.UserIdAsync(this, AdminEmail));
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
