namespace SimpleCrm.Application.Common;

/// <summary>An entity that is hidden rather than deleted, so an admin can restore it.</summary>
public interface ISoftDeletable
{
    bool IsDeleted { get; set; }

    DateTime? DeletedAt { get; set; }

    string? DeletedById { get; set; }
}
