using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Imports.Scheduling;
using SimpleCrm.Application.Tests.Support;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Application.Tests.Imports.Scheduling;

/// <summary>
/// A real inbox under a temporary root for one test: an admin with a saved contact mapping (by Polish
/// headers), a schedule over "inbox/*.csv", files dropped with a chosen age, and runs of the job.
/// </summary>
public sealed class InboxScene : IAsyncDisposable
{
    public const string Header = "Imię;Nazwisko;E-mail;Telefon";

    private InboxScene(TestDatabase database, string root, TestUser admin, int mappingId)
    {
        Database = database;
        Root = root;
        Admin = admin;
        MappingId = mappingId;
        Folders = new InboxFolders(Options.Create(new ScheduledImportOptions { InboxRoot = root }));
    }

    public TestDatabase Database { get; }

    public string Root { get; }

    public TestUser Admin { get; }

    public int MappingId { get; }

    public InboxFolders Folders { get; }

    public RecordingScheduledImportTrigger Trigger { get; } = new();

    public string Inbox => Path.Combine(Root, "inbox");

    public string Archive => Path.Combine(Root, "archive");

    public string Errors => Path.Combine(Root, "errors");

    public static async Task<InboxScene> CreateAsync(TestDatabase database, string name)
    {
        var admin = await database.UserAsync(name, Roles.Admin);
        await using var db = database.Context(admin);
        var mapping = new SavedImportMapping
        {
            Name = "Eksport z Excela",
            EntityType = ImportEntityType.Contact,
            UserId = admin.UserId!,
            Mapping = ImportJson.Write<List<SavedImportColumn>>(
            [
                new("Imię", ImportTargetKind.Field, ImportFields.FirstName),
                new("Nazwisko", ImportTargetKind.Field, ImportFields.LastName),
                new("E-mail", ImportTargetKind.Field, ImportFields.Email),
                new("Telefon", ImportTargetKind.Field, ImportFields.Phone),
            ]),
        };
        db.SavedImportMappings.Add(mapping);
        await db.SaveChangesAsync();
        var root = Path.Combine(Path.GetTempPath(), "simplecrm-inbox-tests", Guid.NewGuid().ToString("N"));
        return new InboxScene(database, root, admin, mapping.Id);
    }

    public ScheduledImportInput Input(string name = "Nightly contacts") => new()
    {
        Name = name,
        EntityType = ImportEntityType.Contact,
        InboxFolder = "inbox",
        FilePattern = "*.csv",
        ArchiveFolder = "archive",
        ErrorFolder = "errors",
        SavedMappingId = MappingId,
        DuplicatePolicy = ImportDuplicatePolicy.Skip,
        Culture = "pl",
        Cron = CronSchedule.DailyAtSix,
    };

    public ScheduledImportAdministration Administration(CrmDbContext db, ICurrentUser? user = null) =>
        new(db, user ?? Admin, Folders, Trigger, Database.Clock);

    public async Task<int> ScheduleAsync(ScheduledImportInput? input = null)
    {
        await using var db = Database.Context(Admin);
        var created = await Administration(db).CreateAsync(input ?? Input(), CancellationToken.None);
        Assert.True(created.Succeeded, string.Join(", ", created.Failures.Select(f => f.MessageKey)));
        return created.Value;
    }

    /// <summary>Writes a file into the inbox, last changed <paramref name="age"/> before the test clock (a minute by default: ready).</summary>
    public string Drop(string fileName, string content, TimeSpan? age = null) => DropBytes(fileName, Encoding.UTF8.GetBytes(content), age);

    public string DropBytes(string fileName, byte[] content, TimeSpan? age = null)
    {
        Directory.CreateDirectory(Inbox);
        var path = Path.Combine(Inbox, fileName);
        File.WriteAllBytes(path, content);
        File.SetLastWriteTimeUtc(path, Database.Clock.GetUtcNow().UtcDateTime - (age ?? TimeSpan.FromMinutes(1)));
        return path;
    }

    public async Task RunAsync(int scheduleId)
    {
        await using var db = Database.Context(new SystemUser());
        var store = Database.FileStore();
        var job = new ScheduledImportJob(
            db,
            Database.ImportCommands(db, new SystemUser(), new RecordingImportScheduler()),
            new ImportRunner(db, new ImportFileTableOpener(store), Database.Phones, Database.Clock),
            store,
            Folders,
            Options.Create(new ScheduledImportOptions { InboxRoot = Root }),
            Database.Clock,
            NullLogger<ScheduledImportJob>.Instance);
        await job.RunAsync(scheduleId, CancellationToken.None);
    }

    public async Task<List<ScheduledImportFile>> FilesAsync(int scheduleId)
    {
        await using var db = Database.Context(new SystemUser());
        return await db.ScheduledImportFiles.AsNoTracking().Where(f => f.ScheduledImportId == scheduleId).OrderBy(f => f.Id).ToListAsync();
    }

    public static string[] Names(string folder) =>
        Directory.Exists(folder) ? [.. Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!] : [];

    public ValueTask DisposeAsync()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
