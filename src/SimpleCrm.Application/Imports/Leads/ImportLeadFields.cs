using System.Globalization;
using SimpleCrm.Application.Leads;

namespace SimpleCrm.Application.Imports;

/// <summary>
/// How an import changes an existing lead and how undo puts it back: only the fields the file had a
/// value for are overwritten (an empty cell never wipes what the CRM knows), the old values kept in an
/// <see cref="ImportBefore"/> by field key. Status, source and owner stay: moving a lead is the
/// board's and the lead page's work, with its history and task templates.
/// </summary>
internal static class ImportLeadFields
{
    private const string PhoneE164 = "PhoneE164";

    private static readonly Dictionary<string, (Func<Lead, string?> Get, Action<Lead, string?> Set)> Fields = new(StringComparer.Ordinal)
    {
        [ImportFields.Name] = (l => l.Name, (l, v) => l.Name = v ?? string.Empty),
        [ImportFields.FirstName] = (l => l.FirstName, (l, v) => l.FirstName = v),
        [ImportFields.LastName] = (l => l.LastName, (l, v) => l.LastName = v),
        [ImportFields.CompanyName] = (l => l.CompanyName, (l, v) => l.CompanyName = v),
        [ImportFields.CompanyCode] = (l => l.CompanyCode, (l, v) => l.CompanyCode = v),
        [ImportFields.Email] = (l => l.Email, (l, v) => l.Email = v),
        [ImportFields.Phone] = (l => l.Phone, (l, v) => l.Phone = v),
        [PhoneE164] = (l => l.PhoneE164, (l, v) => l.PhoneE164 = v),
        [ImportFields.Website] = (l => l.Website, (l, v) => l.Website = v),
        [ImportFields.Street] = (l => l.Street, (l, v) => l.Street = v),
        [ImportFields.City] = (l => l.City, (l, v) => l.City = v),
        [ImportFields.PostalCode] = (l => l.PostalCode, (l, v) => l.PostalCode = v),
        [ImportFields.Country] = (l => l.Country, (l, v) => l.Country = v),
        [ImportFields.BirthDate] = (
            l => l.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            (l, v) => l.BirthDate = v is null ? null : DateOnly.ParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture)),
        [ImportFields.EstimatedAmount] = (
            l => l.EstimatedAmount?.ToString(CultureInfo.InvariantCulture),
            (l, v) => l.EstimatedAmount = v is null ? null : decimal.Parse(v, CultureInfo.InvariantCulture)),
        [ImportFields.Currency] = (l => l.Currency, (l, v) => l.Currency = v),
        [ImportFields.ProductsOfInterest] = (l => l.ProductsOfInterest, (l, v) => l.ProductsOfInterest = v),
    };

    /// <summary>A field's value as the lead holds it and the preview shows it (invariant amount, ISO date); null for a field that is not the lead's own.</summary>
    public static string? ValueOf(Lead lead, string key) => Fields.TryGetValue(key, out var field) ? field.Get(lead) : null;

    public static void Update(Lead lead, Lead incoming, IReadOnlySet<string> given, ImportBefore before)
    {
        var keys = given.Where(Fields.ContainsKey).ToList();
        if (given.Contains(ImportFields.Phone))
        {
            keys.Add(PhoneE164);
        }

        foreach (var key in keys)
        {
            var (get, set) = Fields[key];
            if (get(incoming) != get(lead))
            {
                before.Fields.TryAdd(key, get(lead));
                set(lead, get(incoming));
            }
        }

        lead.RefreshDerivedFields();
    }

    public static void Restore(Lead lead, ImportBefore before)
    {
        foreach (var (key, value) in before.Fields.Where(f => Fields.ContainsKey(f.Key)))
        {
            Fields[key].Set(lead, value);
        }

        lead.RefreshDerivedFields();
    }
}
