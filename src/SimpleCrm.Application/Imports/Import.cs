using System.Globalization;
using SimpleCrm.Application.Imports.Reading;

namespace SimpleCrm.Application.Imports;

/// <summary>
/// An import of one file: what the user chose in the wizard, and its run's durable state. The run
/// resumes from <see cref="Checkpoint"/> (data rows done, advanced in the same transaction as each
/// batch), so Hangfire may run it again after a crash without duplicates.
/// </summary>
public sealed class Import
{
    public const int FileNameMaxLength = 260;

    public const int ErrorMaxLength = 2000;

    public const int CultureMaxLength = 16;

    public int Id { get; set; }

    public ImportEntityType EntityType { get; set; }

    /// <summary>The name the user's file had (shown, never used as a path).</summary>
    public string OriginalFileName { get; set; } = string.Empty;

    /// <summary>The file store's generated name of the uploaded bytes.</summary>
    public string StoredFileName { get; set; } = string.Empty;

    /// <summary>csv, tsv, xlsx or xls.</summary>
    public string Format { get; set; } = string.Empty;

    public int? CodePage { get; set; }

    public string? Delimiter { get; set; }

    public string? Sheet { get; set; }

    /// <summary>The file's column names as the run read them, JSON array (the error file repeats them).</summary>
    public string Headers { get; set; } = "[]";

    /// <summary>The columns' targets, as JSON (<see cref="ImportJson"/>).</summary>
    public string Mapping { get; set; } = "[]";

    /// <summary>The <see cref="ImportDefaults"/>, as JSON.</summary>
    public string Defaults { get; set; } = "{}";

    public ImportDuplicatePolicy DuplicatePolicy { get; set; }

    /// <summary>The culture the file's dates and numbers are read in (the uploader's UI culture: "pl" reads 05.03.2026 and "1 234,50").</summary>
    public string Culture { get; set; } = "en";

    public ImportStatus Status { get; set; }

    /// <summary>Known once the run has read the whole file.</summary>
    public int? RowsTotal { get; set; }

    public int Processed { get; set; }

    public int Created { get; set; }

    public int Updated { get; set; }

    public int SkippedDuplicates { get; set; }

    public int Failed { get; set; }

    /// <summary>Data rows done and committed; also the concurrency token, so two runs of one import cannot both commit a batch.</summary>
    public int Checkpoint { get; set; }

    public string CreatedById { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    /// <summary>What stopped a failed run (for the admin; the user sees the failed status).</summary>
    public string? LastError { get; set; }

    public CultureInfo ValueCulture => CultureInfo.GetCultureInfo(Culture);

    /// <summary>The read settings as stored: format by name, UTF-8 and a comma when none were kept.</summary>
    public ImportReadSettings ReadSettings => new(
        Enum.TryParse<ImportFileFormat>(Format, ignoreCase: true, out var format) ? format : ImportFileFormat.Text,
        CodePage ?? 65001,
        string.IsNullOrEmpty(Delimiter) ? ',' : Delimiter[0],
        Sheet);
}
