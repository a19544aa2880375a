using SimpleCrm.Application.Common;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Imports.Reading;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Imports.Leads;

/// <summary>Lead imports in tests: the wizard's request for leads, and the job run in a scope that acts as the import's creator (as the Hangfire job's scope does).</summary>
public static class LeadImportFixture
{
    public const string Header = "Nazwa;Imię;Nazwisko;E-mail;Telefon;NIP;Status;Źródło;Opiekun;Kwota;Urodziny;Uwagi;Miasto";

    public static readonly ImportColumn[] Columns =
    [
        new(0, ImportTargetKind.Field, ImportFields.Name),
        new(1, ImportTargetKind.Field, ImportFields.FirstName),
        new(2, ImportTargetKind.Field, ImportFields.LastName),
        new(3, ImportTargetKind.Field, ImportFields.Email),
        new(4, ImportTargetKind.Field, ImportFields.Phone),
        new(5, ImportTargetKind.Field, ImportFields.CompanyCode),
        new(6, ImportTargetKind.Field, ImportFields.Status),
        new(7, ImportTargetKind.Field, ImportFields.Source),
        new(8, ImportTargetKind.Field, ImportFields.Responsible),
        new(9, ImportTargetKind.Field, ImportFields.EstimatedAmount),
        new(10, ImportTargetKind.Field, ImportFields.BirthDate),
        new(11, ImportTargetKind.Note),
        new(12, ImportTargetKind.Field, ImportFields.City),
    ];

    public static ImportRequest Request(ImportDuplicatePolicy policy, ImportDefaults? defaults = null, string culture = "pl", IReadOnlyList<ImportColumn>? columns = null) =>
        new(ImportEntityType.Lead, "leady.csv", Guid.NewGuid().ToString("N"), new ImportReadSettings(ImportFileFormat.Text, 1250, ';'),
            columns ?? Columns, defaults ?? new ImportDefaults(), policy, Culture: culture);

    /// <summary>A lead row in <see cref="Header"/>'s order, the cells not given empty.</summary>
    public static string Row(string name = "", string first = "", string last = "", string email = "", string phone = "", string code = "",
        string status = "", string source = "", string owner = "", string amount = "", string birth = "", string note = "", string city = "") =>
        string.Join(';', name, first, last, email, phone, code, status, source, owner, amount, birth, note, city);

    public static async Task<int> StartLeadImportAsync(this TestDatabase database, ICurrentUser user, ImportRequest request)
    {
        await using var db = database.Context(user);
        var result = await database.ImportCommands(db, user, new RecordingImportScheduler()).CreateAsync(request, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join(", ", result.Failures.Select(f => f.MessageKey)));
        return result.Value;
    }

    /// <summary>The job as Hangfire runs it: no signed-in user, the scope's <see cref="ActingUser"/> switched to the import's creator by the runner.</summary>
    public static async Task RunAsJobAsync(this TestDatabase database, int importId, IImportTable table, int batchSize = ImportRunner.DefaultBatchSize)
    {
        var acting = new ActingUser(new SystemUser());
        await using var db = database.Context(acting);
        await new ImportRunner(db, new InMemoryTableOpener(table), database.Phones, database.Clock, acting) { BatchSize = batchSize }.RunAsync(importId, CancellationToken.None);
    }

    public static InMemoryImportTable Table(params string[] rows) => InMemoryImportTable.Of(Header, rows);
}
