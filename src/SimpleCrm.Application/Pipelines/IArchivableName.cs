namespace SimpleCrm.Application.Pipelines;

/// <summary>An admin-named row that is archived rather than deleted, its name unique through a lower-cased key (pipelines, lost reasons).</summary>
public interface IArchivableName
{
    int Id { get; }

    string Name { get; set; }

    string NameKey { get; set; }

    string? ResourceKey { get; set; }

    bool IsArchived { get; set; }
}
