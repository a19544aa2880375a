namespace SimpleCrm.Application.Common;

/// <summary>A row an admin puts in order by dragging (statuses, sources, stages, custom fields...): its place is <see cref="Position"/>.</summary>
public interface IPositioned
{
    int Id { get; }

    int Position { get; set; }
}
