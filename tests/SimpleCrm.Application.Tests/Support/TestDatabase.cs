using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using SimpleCrm.Application.Activities;
using SimpleCrm.Application.Bulk;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Email;
using SimpleCrm.Application.Email.Templates;
using SimpleCrm.Application.Files;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Leads.Conversion;
using SimpleCrm.Application.Lists;
using SimpleCrm.Application.Notes;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Preferences;
using SimpleCrm.Application.Records;
using SimpleCrm.Application.Reminders;
using SimpleCrm.Application.Segments;
using SimpleCrm.Application.Selection;
using SimpleCrm.Application.Tags;
using SimpleCrm.Application.TaskTemplates;
using SimpleCrm.Application.Tasks;
using SimpleCrm.Application.Users;
using SimpleCrm.Migrations.Sqlite;

namespace SimpleCrm.Application.Tests.Support;

/// <summary>
/// A real SQLite database file per test class, migrated with the production migrations, and the
/// services wired by hand as the web app wires them.
/// </summary>
public sealed class TestDatabase : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "simplecrm-app-tests", Guid.NewGuid().ToString("N") + ".db");

    public string ConnectionString => $"Data Source={_path}";

    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Where this class's uploaded files go; removed with the database.</summary>
    public string FilesRoot { get; } = Path.Combine(Path.GetTempPath(), "simplecrm-app-tests", Guid.NewGuid().ToString("N") + "-files");

    public PhoneNormalizer Phones { get; } = new(Options.Create(new ContactOptions { DefaultPhoneRegion = "PL" }));

    /// <summary>SQLite's plan for a statement EF wrote (its ".param set" lines and split-query note dropped: unbound parameters plan the same).</summary>
    public async Task<string> QueryPlanAsync(string sql)
    {
        var statement = string.Join('\n', sql.Split('\n').Where(line => !line.StartsWith(".param", StringComparison.Ordinal) && !line.StartsWith("This LINQ query", StringComparison.Ordinal)));
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + statement;
        await using var reader = await command.ExecuteReaderAsync();
        var details = new List<string>();
        while (await reader.ReadAsync())
        {
            details.Add(reader.GetString(3));
        }

        return string.Join('\n', details);
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        await using var db = Context(new SystemUser());
        await db.Database.MigrateAsync();
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
        if (Directory.Exists(FilesRoot))
        {
            Directory.Delete(FilesRoot, recursive: true);
        }

        return Task.CompletedTask;
    }

    /// <summary>A context as the web app makes one, with any further interceptors (a test's SQL recorder).</summary>
    public CrmDbContext Context(ICurrentUser user, params IInterceptor[] more)
    {
        var builder = new DbContextOptionsBuilder<CrmDbContext>();
        SqliteDesignTimeFactory.Configure(builder, ConnectionString);
        builder.AddInterceptors([new AuditingInterceptor(user, Clock), new FieldHistoryInterceptor(user, Clock), .. more]);
        return new CrmDbContext(builder.Options);
    }

    public ContactCommands Commands(CrmDbContext db, ICurrentUser user) =>
        new(db, user, new ContactValidator(db, Phones, Clock), new ContactAccessClassSetter(db, user, Clock), CustomFieldEditor(db, user), Clock);

    public TagCommands TagCommands(CrmDbContext db, ICurrentUser user) => new(db, user, Clock);

    public static TagQueries TagQueries(CrmDbContext db, ICurrentUser user) => new(db, user);

    /// <summary>Tags a contact as the given user through the real command; fails the test if it is refused.</summary>
    public async Task TagAsync(ICurrentUser user, int contactId, string names)
    {
        await using var db = Context(user);
        var result = await TagCommands(db, user).AddAsync(contactId, names, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join(", ", result.Failures.Select(f => f.MessageKey)));
    }

    public static ContactQueries Queries(CrmDbContext db, ICurrentUser user) => new(db, user, new ContactMatching(db, user));

    public LeadCommands LeadCommands(CrmDbContext db, ICurrentUser user) => new(db, user, new LeadValidator(db, Phones, Clock), CustomFieldEditor(db, user), TaskAutomation(db, user), Clock);

    public TaskAutomation TaskAutomation(CrmDbContext db, ICurrentUser user) => new(db, user, Clock);

    public DealStageChange DealStageChange(CrmDbContext db, ICurrentUser user) => new(db, user, Clock, TaskAutomation(db, user));

    public static TaskTemplateAdministration TaskTemplates(CrmDbContext db, ICurrentUser user) => new(db, user);

    public static PipelineAdministration Pipelines(CrmDbContext db, ICurrentUser user) => new(db, user);

    public StageAdministration Stages(CrmDbContext db, ICurrentUser user) => new(db, user, Clock);

    public static LostReasonAdministration LostReasons(CrmDbContext db, ICurrentUser user) => new(db, user);

    public static CustomFieldAdministration CustomFieldAdministration(CrmDbContext db, ICurrentUser user) => new(db, user);

    public static CustomFieldOptionAdministration CustomFieldOptions(CrmDbContext db, ICurrentUser user) => new(db, user);

    /// <summary>The forms' custom field editor, its file fields storing through <see cref="FileCommands"/> with the given size limit.</summary>
    public CustomFieldEditor CustomFieldEditor(CrmDbContext db, ICurrentUser user, long maxUploadBytes = FileStorageOptions.DefaultMaxUploadBytes) =>
        new(db, user, new CustomFieldFiles(db, FileCommands(db, user, maxUploadBytes)), new CustomFieldHistory(db, user, Clock));

    public static CustomFieldReader CustomFieldReader(CrmDbContext db, ICurrentUser user) => new(db, user);

    public LeadContactPersons LeadContactPersons(CrmDbContext db, ICurrentUser user) => new(db, user, Phones, Clock);

    public NoteCommands NoteCommands(CrmDbContext db, ICurrentUser user) => new(db, user, Clock);

    public static NoteQueries NoteQueries(CrmDbContext db, ICurrentUser user) => new(db, user);

    public TaskCommands TaskCommands(CrmDbContext db, ICurrentUser user) => new(db, user, Clock);

    public TaskQueries TaskQueries(CrmDbContext db, ICurrentUser user) => new(db, user, Clock);

    public MassTaskCreation MassTasks(CrmDbContext db, ICurrentUser user) =>
        new(db, user, TaskCommands(db, user), LeadBulk(db, user), new ContactMatching(db, user), Clock);

    public static EmailTemplateAdministration EmailTemplates(CrmDbContext db, ICurrentUser user) => new(db, user);

    public static EmailTemplateRendering EmailTemplateRendering(CrmDbContext db, ICurrentUser user) => new(db, user);

    public ReminderCommands ReminderCommands(CrmDbContext db, ICurrentUser user) => new(db, user, Clock);

    public ReminderQueries ReminderQueries(CrmDbContext db, ICurrentUser user) => new(db, user, Clock);

    /// <summary>The reminder job as the web app wires it, its emails worded plainly and handed to <paramref name="scheduler"/>.</summary>
    public ReminderDelivery ReminderDelivery(CrmDbContext db, IEmailScheduler scheduler) => new(db, scheduler, new PlainReminderMailWriter(), Clock);

    public FileStore FileStore() => new(Options.Create(new FileStorageOptions { Root = FilesRoot }));

    /// <summary>The file commands as the web app wires them, storing under <see cref="FilesRoot"/> with the given size limit.</summary>
    public FileCommands FileCommands(CrmDbContext db, ICurrentUser user, long maxUploadBytes = FileStorageOptions.DefaultMaxUploadBytes) =>
        new(db, user, FileStore(), Options.Create(new FileStorageOptions { Root = FilesRoot, MaxUploadBytes = maxUploadBytes }), Clock);

    public static FileQueries FileQueries(CrmDbContext db, ICurrentUser user) => new(db, user);

    /// <summary>This class's key ring for the SMTP password (in memory, as a host's would be on disk or in the database).</summary>
    public SmtpPasswordProtection SmtpPasswords { get; } = new(new EphemeralDataProtectionProvider());

    public SmtpSettingsAdministration SmtpSettings(CrmDbContext db, ICurrentUser user, IMailTransport? transport = null) =>
        new(db, user, SmtpPasswords, transport ?? new MailKitTransport(), new MessageBuilder(FileStore()), Clock);

    /// <summary>Sets up the SMTP server on 127.0.0.1 at <paramref name="port"/> as the admin would; fails the test if it is refused.</summary>
    public async Task SaveSmtpSettingsAsync(ICurrentUser admin, int port, string? password = null)
    {
        await using var db = Context(admin);
        var result = await SmtpSettings(db, admin).SaveAsync(new SmtpSettingsInput
        {
            Host = "127.0.0.1",
            Port = port,
            TlsMode = SmtpTlsMode.None,
            Password = password,
            SenderName = "Firma CRM",
            SenderAddress = "crm@firma.pl",
        }, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join(", ", result.Failures.Select(f => f.MessageKey)));
    }

    public EmailCommands EmailCommands(CrmDbContext db, ICurrentUser user, IEmailScheduler scheduler) =>
        new(db, user, FileQueries(db, user), scheduler, Clock);

    public static EmailQueries EmailQueries(CrmDbContext db, ICurrentUser user) => new(db, user);

    /// <summary>The queue's job as the web app wires it, with the given per-minute limit.</summary>
    public EmailDelivery EmailDelivery(CrmDbContext db, IEmailScheduler scheduler, IMailTransport? transport = null, int maxPerMinute = 30) =>
        new(db, SmtpPasswords, transport ?? new MailKitTransport(), new MessageBuilder(FileStore()), scheduler,
            Options.Create(new EmailOptions { MaxPerMinute = maxPerMinute }), Clock);

    public ActivityCommands ActivityCommands(CrmDbContext db, ICurrentUser user) => new(db, user, Clock);

    public ActivityQueries ActivityQueries(CrmDbContext db, ICurrentUser user) => new(db, user, Clock);

    public TimelineQueries Timeline(CrmDbContext db, ICurrentUser user) => new(db, user, Clock);

    /// <summary>Creates a lead as the given user through the real command; fails the test if it is refused.</summary>
    public Task<int> AddLeadAsync(ICurrentUser user, string name, Action<LeadInput>? more = null)
    {
        var input = new LeadInput { Name = name };
        more?.Invoke(input);
        return AddLeadAsync(user, input);
    }

    /// <summary>The conversion as the web app wires it, with the given attachment movers (none registered yet in the app).</summary>
    public LeadConversion LeadConversion(CrmDbContext db, ICurrentUser user, params IRecordAttachmentMover[] movers) =>
        new(db, user, Commands(db, user), new ContactValidator(db, Phones, Clock), movers, TaskAutomation(db, user), new ConversionDeal(db, DealStageChange(db, user), Clock), Clock);

    public LeadConversionQueries LeadConversionQueries(CrmDbContext db, ICurrentUser user) => new(db, user, new LeadDuplicateFinder(db, user, Phones));
    public LeadBulkActions LeadBulk(CrmDbContext db, ICurrentUser user) => new(db, user, Clock);

    public SavedLeadFilters SavedLeadFilters(CrmDbContext db, ICurrentUser user) => new(db, user, Clock);

    public ListPreferences ListPreferences(CrmDbContext db, ICurrentUser user) => new(db, user, Clock);

    public static LeadDuplicateGroups LeadDuplicateGroups(CrmDbContext db, ICurrentUser user) => new(db, user);

    /// <summary>Creates a lead as the given user through the real command; fails the test if it is refused.</summary>
    public async Task<int> AddLeadAsync(ICurrentUser user, LeadInput input)
    {
        await using var db = Context(user);
        var result = await LeadCommands(db, user).CreateAsync(input, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join(", ", result.Failures.Select(f => $"{f.Field}: {f.MessageKey}")));
        return result.Value;
    }

    /// <summary>The seeded lead statuses' ids by the last part of their resource key ("InProgress").</summary>
    public async Task<Dictionary<string, int>> LeadStatusIdsAsync()
    {
        await using var db = Context(new SystemUser());
        return await db.LeadStatuses.Where(s => s.ResourceKey != null)
            .ToDictionaryAsync(s => s.ResourceKey!.Replace("LeadStatuses.", string.Empty, StringComparison.Ordinal), s => s.Id);
    }

    public ListMembership ListMembership(CrmDbContext db, ICurrentUser user) => new(db, user, Clock);

    public ListCommands ListCommands(CrmDbContext db, ICurrentUser user) => new(db, user, ListMembership(db, user), Clock);

    public static ListQueries ListQueries(CrmDbContext db, ICurrentUser user) => new(db, user, new ContactMatching(db, user));

    public static SegmentCommands SegmentCommands(CrmDbContext db, ICurrentUser user) => new(db, user);

    public static SegmentQueries SegmentQueries(CrmDbContext db, ICurrentUser user) => new(db, user, new ContactMatching(db, user));

    public SelectionBasket Selection(CrmDbContext db, ICurrentUser user) => new(db, user, new ContactMatching(db, user), Clock);

    /// <summary>The bulk actions as the web app wires them; jobs go to <paramref name="scheduler"/>.</summary>
    public BulkContactActions Bulk(CrmDbContext db, ICurrentUser user, IBulkJobScheduler scheduler) =>
        new(db, user, new ContactMatching(db, user), new BulkPlanner(db, user, TagCommands(db, user)),
            new BulkBatch(db, user, Clock, ListMembership(db, user)), scheduler, Clock);

    /// <summary>Adds an active user straight to the table; returns its id.</summary>
    public async Task<string> AddUserAsync(string name, bool active = true)
    {
        await using var db = Context(new SystemUser());
        var user = new AppUser { UserName = name + "@test.local", Email = name + "@test.local", DisplayName = name, IsActive = active, SecurityStamp = Guid.NewGuid().ToString() };
        user.NormalizedEmail = user.NormalizedUserName = user.Email.ToUpperInvariant();
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    /// <summary>Adds the role by name unless it is there (the web app's seeder creates them at start-up).</summary>
    public async Task EnsureRoleAsync(string role)
    {
        await using var db = Context(new SystemUser());
        if (!await db.Roles.AnyAsync(r => r.Name == role))
        {
            db.Roles.Add(new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() });
            await db.SaveChangesAsync();
        }
    }

    /// <summary>Creates a contact as the given user through the real command; fails the test if it is refused.</summary>
    public async Task<int> AddContactAsync(ICurrentUser user, ContactInput input)
    {
        await using var db = Context(user);
        var result = await Commands(db, user).CreateAsync(input, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join(", ", result.Failures.Select(f => $"{f.Field}: {f.MessageKey}")));
        return result.Value;
    }
}
