using System.Globalization;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Imports;
using SimpleCrm.Web.Startup;

namespace SimpleCrm.Web.Features.ImportWizard;

/// <summary>
/// Every name a system field goes by in a file's header: its title ("Imports.Field.{key}") in each of
/// the five UI languages, and the aliases people type ("Imports.FieldAliases.{key}", "|"-separated, in
/// each language). The auto-match compares headers with these, so a Polish file maps in an English UI.
/// </summary>
public sealed class ImportFieldNames(IStringLocalizer<SharedResource> localizer)
{
    private const char AliasSeparator = '|';

    /// <summary>Titles and aliases per field key of the entity, from all cultures.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> For(ImportEntityType entityType)
    {
        var names = ImportFields.For(entityType).ToDictionary(key => key, _ => new List<string>(), StringComparer.Ordinal);
        var current = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var culture in SupportedCultures.Cultures)
            {
                // The localizer reads the current UI culture: switched per language, restored after.
                CultureInfo.CurrentUICulture = culture;
                foreach (var (key, list) in names)
                {
                    list.Add(localizer[$"Imports.Field.{key}"]);
                    if (localizer[$"Imports.FieldAliases.{key}"] is { ResourceNotFound: false } aliases)
                    {
                        list.AddRange(aliases.Value.Split(AliasSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    }
                }
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = current;
        }

        return names.ToDictionary(n => n.Key, n => (IReadOnlyList<string>)[.. n.Value.Distinct(StringComparer.Ordinal)], StringComparer.Ordinal);
    }
}
