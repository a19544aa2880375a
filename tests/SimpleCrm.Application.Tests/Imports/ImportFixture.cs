using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Imports.Reading;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Imports;

/// <summary>Starting and running imports in tests: users with their roles stored (the run reads them), the wizard's request, the job.</summary>
public static class ImportFixture
{
    public static readonly ImportColumn[] PersonColumns =
    [
        new(0, ImportTargetKind.Field, ImportFields.FirstName),
        new(1, ImportTargetKind.Field, ImportFields.LastName),
        new(2, ImportTargetKind.Field, ImportFields.Email),
        new(3, ImportTargetKind.Field, ImportFields.Phone),
    ];

    public const string PersonHeader = "Imię;Nazwisko;E-mail;Telefon";

    /// <summary>A user stored with the role, as the run loads them.</summary>
    public static async Task<TestUser> UserAsync(this TestDatabase database, string name, string role)
    {
        var id = await database.AddUserAsync(name);
        await database.EnsureRoleAsync(role);
        await using var db = database.Context(new SystemUser());
        var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleAsync();
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = id, RoleId = roleId });
        await db.SaveChangesAsync();
        return new TestUser(id, role);
    }

    public static async Task<int> StartImportAsync(
        this TestDatabase database, ICurrentUser user, ImportDuplicatePolicy policy, ImportDefaults? defaults = null, IReadOnlyList<ImportColumn>? columns = null)
    {
        await using var db = database.Context(user);
        var result = await database.ImportCommands(db, user, new RecordingImportScheduler()).CreateAsync(new ImportRequest(
            ImportEntityType.Contact, "kontakty.csv", Guid.NewGuid().ToString("N"), new ImportReadSettings(ImportFileFormat.Text, 1250, ';'),
            columns ?? PersonColumns, defaults ?? new ImportDefaults(), policy), CancellationToken.None);
        Assert.True(result.Succeeded, string.Join(", ", result.Failures.Select(f => f.MessageKey)));
        return result.Value;
    }

    public static async Task RunImportAsync(this TestDatabase database, int importId, IImportTable table, int batchSize = ImportRunner.DefaultBatchSize)
    {
        await using var db = database.Context(new SystemUser());
        await new ImportRunner(db, new InMemoryTableOpener(table), database.Phones, database.Clock) { BatchSize = batchSize }.RunAsync(importId, CancellationToken.None);
    }

    public static ImportCommands ImportCommands(this TestDatabase database, SimpleCrm.Application.Data.CrmDbContext db, ICurrentUser user, IImportScheduler scheduler) =>
        new(db, user, scheduler, new ImportUndo(db, user, database.Clock), database.Clock);

    public static async Task<Import> ImportAsync(this TestDatabase database, int importId)
    {
        await using var db = database.Context(new SystemUser());
        return await db.Imports.AsNoTracking().SingleAsync(i => i.Id == importId);
    }
}
