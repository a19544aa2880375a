namespace SimpleCrm.Application.CustomFields;

/// <summary>The kind of record a custom field belongs to.</summary>
public enum CustomFieldRecordType
{
    Lead,
    Contact,
    Deal,
}
