using System.Globalization;
using SimpleCrm.Application.CustomFields;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Features.Leads;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.CustomFields;

/// <summary>Custom fields defined straight in the database, and leads filled through the real form.</summary>
internal static class CustomFieldScene
{
    public static Task<int> FieldAsync(this CrmWebFactory factory, CustomFieldRecordType recordType, CustomFieldType type, string label, bool required = false) =>
        factory.WithDbAsync(async db =>
        {
            var field = new CustomField { RecordType = recordType, Label = label, LabelKey = CustomField.KeyOf(label), Type = type, IsRequired = required, Position = 10 };
            db.CustomFields.Add(field);
            await db.SaveChangesAsync();
            return field.Id;
        });

    public static Task<(int Id, List<int> Options)> ChoiceAsync(
        this CrmWebFactory factory, CustomFieldRecordType recordType, string label, params string[] options) =>
        factory.ChoiceAsync(recordType, CustomFieldType.SingleChoice, label, options);

    public static Task<(int Id, List<int> Options)> ChoiceAsync(
        this CrmWebFactory factory, CustomFieldRecordType recordType, CustomFieldType type, string label, params string[] options) =>
        factory.WithDbAsync(async db =>
        {
            var field = new CustomField { RecordType = recordType, Label = label, LabelKey = CustomField.KeyOf(label), Type = type, Position = 10 };
            field.Options.AddRange(options.Select((o, i) => new CustomFieldOption { Label = o, Position = i }));
            db.CustomFields.Add(field);
            await db.SaveChangesAsync();
            return (field.Id, field.Options.Select(o => o.Id).ToList());
        });

    /// <summary>The index of the field's inputs in the form (its hidden FieldId names it).</summary>
    public static int IndexOf(AngleSharp.Dom.IDocument form, int fieldId)
    {
        var hidden = form.QuerySelectorAll("input[type=hidden][name^='Input.CustomFields['][name$='].FieldId']")
            .Single(i => i.GetAttribute("value") == fieldId.ToString(CultureInfo.InvariantCulture));
        var name = hidden.GetAttribute("name")!;
        return int.Parse(name["Input.CustomFields[".Length..name.IndexOf(']', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
    }

    /// <summary>Creates a lead through the form with one value per (field, value); a multi-choice field takes several entries.</summary>
    public static async Task<int> LeadWithAsync(this HttpClient client, string name, params (int FieldId, string Value)[] values)
    {
        var form = await client.GetDocumentAsync("/Leads/New");
        string Values(int fieldId) => $"Input.CustomFields[{IndexOf(form, fieldId)}].Values";
        var changes = values.Select(v => Values(v.FieldId)).Distinct().ToDictionary(n => n, string? (_) => null);
        changes["Input.Name"] = name;
        using var created = await client.SubmitAsync(form, LeadForms.Selector, changes, [.. values.Select(v => new KeyValuePair<string, string>(Values(v.FieldId), v.Value))]);
        return created.CardId();
    }
}
