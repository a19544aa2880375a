namespace SimpleCrm.Application.CustomFields;

/// <summary>The kind of record a custom field belongs to. Deal fields are defined now; deals use them later.</summary>
public enum CustomFieldRecordType
{
    Lead,
    Contact,
    Deal,
}
