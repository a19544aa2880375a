using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Imports.Mapping;

/// <summary>
/// What a mapping needs before the wizard goes on: every target still offered, no single-value field
/// (or custom field) given two columns, and a name field mapped. Required custom fields are not
/// enforced here: a row without their value fails on its own in the run.
/// </summary>
public static class ImportMappingRules
{
    /// <summary>The field name of the failures, so the page can show them above the mapping.</summary>
    public const string Field = "Columns";

    public static IReadOnlyList<Failure> Check(IReadOnlyList<ImportColumn> columns, ImportMappingTargets targets)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(targets);
        var failures = new List<Failure>();
        if (columns.Any(c => !targets.Offers(c)))
        {
            failures.Add(new Failure(ImportMappingMessages.UnknownTarget, Field));
        }

        var twice = columns.Select(ImportColumnMatch.Slot).OfType<string>().GroupBy(s => s, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);
        failures.AddRange(twice.Select(slot => new Failure(ImportMappingMessages.MappedTwice, slot)));

        var names = ImportFields.NameFields(targets.EntityType);
        if (!columns.Any(c => c.Target == ImportTargetKind.Field && c.FieldKey is { } key && names.Contains(key)))
        {
            failures.Add(new Failure(ImportMessages.NameNotMapped, Field));
        }

        return failures;
    }
}
