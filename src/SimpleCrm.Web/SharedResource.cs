namespace SimpleCrm.Web;

/// <summary>Anchor type of the one shared resource file set (Resources/SharedResource.*.resx).</summary>
public sealed class SharedResource;
