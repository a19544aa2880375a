namespace SimpleCrm.Application.Common;

/// <summary>An entity whose creation and last change are stamped by the save interceptor.</summary>
public interface IAuditable
{
    DateTime CreatedAt { get; set; }

    string? CreatedById { get; set; }

    DateTime UpdatedAt { get; set; }

    string? UpdatedById { get; set; }
}
