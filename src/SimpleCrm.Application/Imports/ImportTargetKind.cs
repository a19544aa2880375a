namespace SimpleCrm.Application.Imports;

/// <summary>Where a column of the file goes.</summary>
public enum ImportTargetKind
{
    Ignored,

    /// <summary>A system field, named by its key (<see cref="ImportFields"/>).</summary>
    Field,

    CustomField,

    /// <summary>"Header: value" into a note on the record.</summary>
    Note,
}
