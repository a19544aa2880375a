namespace SimpleCrm.Web.Features.ImportWizard;

/// <summary>The wizard's steps, in order, for the step bar.</summary>
public enum WizardStep
{
    Upload = 1,
    Settings,
    Mapping,
    Defaults,
    Preview,
}
