using SimpleCrm.Application.Imports;

namespace SimpleCrm.TestSupport;

/// <summary>Imports written straight to the database (as a finished or running run leaves them), for tests of the pages that show them.</summary>
public static class ImportRows
{
    /// <summary>The header row of the file the seeded imports read: Polish, as our users' Excel writes it.</summary>
    public static readonly IReadOnlyList<string> Headers = ["Imię", "Nazwisko", "E-mail"];

    /// <summary>A completed contact import of a Polish semicolon CSV in Windows-1250; <paramref name="more"/> changes it before it is saved.</summary>
    public static Task<int> AddImportAsync(this CrmWebFactory factory, string createdById, string fileName, Action<Import>? more = null) =>
        factory.WithDbAsync(async db =>
        {
            var import = new Import
            {
                EntityType = ImportEntityType.Contact, OriginalFileName = fileName, StoredFileName = Guid.NewGuid().ToString("N"),
                Format = "Text", CodePage = 1250, Delimiter = ";", Culture = "pl", Headers = ImportJson.Write(Headers),
                DuplicatePolicy = ImportDuplicatePolicy.Skip, Status = ImportStatus.Completed, RowsTotal = 10, Processed = 10, Created = 6, Updated = 1,
                SkippedDuplicates = 1, Failed = 2, Checkpoint = 10, CreatedById = createdById,
                CreatedAt = new DateTime(2026, 3, 5, 9, 0, 0, DateTimeKind.Utc), StartedAt = new DateTime(2026, 3, 5, 9, 0, 5, DateTimeKind.Utc),
                FinishedAt = new DateTime(2026, 3, 5, 9, 1, 35, DateTimeKind.Utc),
            };
            more?.Invoke(import);
            db.Imports.Add(import);
            await db.SaveChangesAsync();
            return import.Id;
        });

    /// <summary>A row the import could not save: its cells as the file had them and why.</summary>
    public static Task<int> AddImportErrorAsync(this CrmWebFactory factory, int importId, int rowNumber, string messageKey, string[] arguments, params string?[] cells) =>
        factory.WithDbAsync(async db =>
        {
            db.ImportErrors.Add(new ImportError
            {
                ImportId = importId, RowNumber = rowNumber, MessageKey = messageKey,
                Cells = ImportJson.Write(cells), Arguments = ImportJson.Write(arguments),
            });
            return await db.SaveChangesAsync();
        });
}
