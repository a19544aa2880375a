namespace SimpleCrm.Application.Merging;

/// <summary>Why a contact looks like a duplicate of another.</summary>
public enum DuplicateReason
{
    SameName,
    SameEmail,
    SamePhone,
}
