using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.CustomFields;

/// <summary>What the admin types for a custom field: its label, its type and whether it is required.</summary>
public sealed class CustomFieldInput
{
    public string? Label { get; set; }

    public CustomFieldType Type { get; set; } = CustomFieldType.Text;

    public bool IsRequired { get; set; }

    /// <summary>The failures of the fields alone; the label's uniqueness and a type change need the database.</summary>
    public IReadOnlyList<Failure> Validate()
    {
        var failures = new List<Failure>();
        FieldRules.Require(failures, Label, nameof(Label));
        FieldRules.MaxLength(failures, Label, CustomFieldLimits.Label, nameof(Label));
        if (!Enum.IsDefined(Type))
        {
            failures.Add(new Failure(CustomFieldMessages.InvalidType, nameof(Type)));
        }

        return failures;
    }
}
