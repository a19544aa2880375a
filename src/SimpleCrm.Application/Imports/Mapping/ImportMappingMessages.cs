namespace SimpleCrm.Application.Imports.Mapping;

/// <summary>Message keys of a mapping the wizard cannot go on with.</summary>
public static class ImportMappingMessages
{
    /// <summary>A field that takes one value got two columns; the message names the field.</summary>
    public const string MappedTwice = "Imports.Wizard.MappedTwice";

    /// <summary>A column points at a field or custom field that is not (or no longer) offered.</summary>
    public const string UnknownTarget = "Imports.Wizard.UnknownTarget";
}
