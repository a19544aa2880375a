using System.Globalization;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.CustomFields;

/// <summary>Arranges custom fields through the real admin services, and builds form entries for them.</summary>
internal static class CustomFieldSteps
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>Creates a field as an admin (with options for a choice field); a label unique to the test.</summary>
    public static async Task<(int Id, IReadOnlyList<int> OptionIds)> AddFieldAsync(
        TestDatabase database, CustomFieldRecordType recordType, CustomFieldType type, string label, bool required = false, params string[] options)
    {
        var admin = TestUser.Admin("custom-field-admin");
        await using var db = database.Context(admin);
        var created = await TestDatabase.CustomFieldAdministration(db, admin)
            .CreateAsync(recordType, new CustomFieldInput { Label = label, Type = type, IsRequired = required }, None);
        Assert.True(created.Succeeded, string.Join(", ", created.Failures.Select(f => f.MessageKey)));
        var optionIds = new List<int>();
        foreach (var option in options)
        {
            var added = await TestDatabase.CustomFieldOptions(db, admin).AddAsync(created.Value, option, None);
            Assert.True(added.Succeeded, string.Join(", ", added.Failures.Select(f => f.MessageKey)));
            optionIds.Add(added.Value);
        }

        return (created.Value, optionIds);
    }

    public static CustomFieldEntry Entry(int fieldId, params string?[] values) => new() { FieldId = fieldId, Values = [.. values] };

    public static CustomFieldEntry Money(int fieldId, string amount, string? currency) => new() { FieldId = fieldId, Values = [amount], Currency = currency };

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Runs <paramref name="action"/> with the thread's culture set, as the request localization does per request.</summary>
    public static async Task InCultureAsync(string culture, Func<Task> action)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            await action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }
}
