using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Imports;
using SimpleCrm.Web.Features.Files;
using SimpleCrm.Web.Shared;

namespace SimpleCrm.Web.Features.ImportWizard;

/// <summary>
/// /Imports/New: upload, read settings, mapping, defaults, preview, start. Every signed-in user may
/// import. Each step posts its form with the sealed state (ImportWizardTokens) and the button pressed
/// ("go": back, apply, save, next, start); the page of the step that follows is rendered from the
/// reopened state, so the wizard works without JavaScript and Back keeps every choice.
/// </summary>
[Route("Imports/New")]
public sealed class ImportWizardController(
    ImportWizardPages pages, ImportWizardFiles files, ImportWizardTokens tokens, IStringLocalizer<SharedResource> localizer) : Controller
{
    public const string Back = "back";
    public const string Apply = "apply";
    public const string Save = "save";
    public const string Next = "next";
    public const string Start = "start";

    [HttpGet("")]
    public IActionResult Upload([FromQuery] ImportEntityType entityType = ImportEntityType.Contact) => UploadView(entityType);

    [HttpPost("")]
    [ImportUploadLimit]
    public async Task<IActionResult> Upload(ImportEntityType entityType, IFormFile? file, CancellationToken cancellationToken)
    {
        var uploaded = await files.UploadAsync(entityType, file, cancellationToken);
        if (!uploaded.Succeeded)
        {
            AddFailures(uploaded.Failures);
            return UploadView(entityType);
        }

        return await SettingsViewAsync(uploaded.Value!, cancellationToken);
    }

    [HttpPost("Settings")]
    public async Task<IActionResult> Settings(string? token, SettingsInput input, string? go, CancellationToken cancellationToken)
    {
        if (tokens.Open(token) is not { } state)
        {
            return Restart();
        }

        if (go == Back)
        {
            return UploadView(state.EntityType);
        }

        state = ImportWizardPages.WithSettings(state, input);
        return go == Next ? await MappingViewAsync(state, cancellationToken) : await SettingsViewAsync(state, cancellationToken);
    }

    [HttpPost("Mapping")]
    public async Task<IActionResult> Mapping(string? token, MappingInput input, string? go, CancellationToken cancellationToken)
    {
        if (tokens.Open(token) is not { } state)
        {
            return Restart();
        }

        state = ImportWizardPages.WithMapping(state, input);
        switch (go)
        {
            case Back:
                return await SettingsViewAsync(state, cancellationToken);
            case Apply when input.SavedMappingId is { } savedId:
                return await MappingViewAsync(state, cancellationToken, savedId);
            case Save:
                var saved = await pages.SaveMappingAsync(state, input.SaveAsName, cancellationToken);
                AddFailures(saved.Failures, nameof(MappingInput.SaveAsName));
                ViewData["Saved"] = saved.Succeeded ? localizer[ImportWizardMessages.MappingSaved].Value : null;
                return await MappingViewAsync(state with { SavedMappingId = saved.Value }, cancellationToken, saveAsName: saved.Succeeded ? null : input.SaveAsName);
            case Next:
                var problems = await pages.CheckMappingAsync(state, cancellationToken);
                if (problems.Count > 0)
                {
                    foreach (var problem in problems)
                    {
                        ModelState.AddModelError(string.Empty, problem);
                    }

                    return await MappingViewAsync(state, cancellationToken);
                }

                return View(nameof(Defaults), await pages.DefaultsAsync(state, cancellationToken));
            default:
                return await MappingViewAsync(state, cancellationToken);
        }
    }

    [HttpPost("Defaults")]
    public async Task<IActionResult> Defaults(string? token, DefaultsInput input, string? go, CancellationToken cancellationToken)
    {
        if (tokens.Open(token) is not { } state)
        {
            return Restart();
        }

        state = ImportWizardPages.WithDefaults(state, input);
        return go == Back ? await MappingViewAsync(state, cancellationToken) : await PreviewViewAsync(state, cancellationToken);
    }

    [HttpPost("Preview")]
    public async Task<IActionResult> Preview(string? token, string? go, CancellationToken cancellationToken)
    {
        if (tokens.Open(token) is not { } state)
        {
            return Restart();
        }

        if (go == Back)
        {
            return View(nameof(Defaults), await pages.DefaultsAsync(state, cancellationToken));
        }

        if (go != Start)
        {
            return await PreviewViewAsync(state, cancellationToken);
        }

        var started = await pages.StartAsync(state, cancellationToken);
        if (started.Succeeded)
        {
            // The import's own page (Features/Imports) shows its progress from here on.
            return LocalRedirect($"/Imports/{started.Value}");
        }

        AddFailures(started.Failures);
        return await PreviewViewAsync(state, cancellationToken);
    }

    private ViewResult UploadView(ImportEntityType entityType) => View(nameof(Upload), new UploadViewModel(entityType, files.MaxUploadBytes));

    /// <summary>A token that does not open (changed, another user's, expired): back to the start, saying why.</summary>
    private ViewResult Restart()
    {
        ModelState.AddModelError(string.Empty, localizer[ImportWizardMessages.Expired]);
        return UploadView(ImportEntityType.Contact);
    }

    private async Task<IActionResult> PreviewViewAsync(ImportWizardState state, CancellationToken cancellationToken)
    {
        var (page, failures) = await pages.PreviewAsync(state, cancellationToken);
        AddFailures(failures);
        return View(nameof(Preview), page);
    }

    private async Task<IActionResult> SettingsViewAsync(ImportWizardState state, CancellationToken cancellationToken)
    {
        var (page, failures) = await pages.SettingsAsync(state, cancellationToken);
        AddFailures(failures);
        return View(nameof(Settings), page);
    }

    /// <summary>The mapping page; a file that cannot be read with the chosen settings stays on the settings page with its message.</summary>
    private async Task<IActionResult> MappingViewAsync(
        ImportWizardState state, CancellationToken cancellationToken, int? applySaved = null, string? saveAsName = null)
    {
        var page = await pages.MappingAsync(state, cancellationToken, applySaved, saveAsName);
        if (page.Succeeded)
        {
            return View(nameof(Mapping), page.Value);
        }

        return await SettingsViewAsync(state, cancellationToken);
    }

    private void AddFailures(IEnumerable<Failure> failures, string? field = null)
    {
        foreach (var failure in failures)
        {
            ModelState.AddModelError(field ?? string.Empty, Message(failure));
        }
    }

    private string Message(Failure failure) => failure.MessageKey switch
    {
        ImportWizardMessages.TooLarge => localizer[failure.MessageKey, FileSizes.Format(files.MaxUploadBytes)],
        ImportWizardMessages.UnsupportedExtension => localizer[failure.MessageKey, string.Join(", ", ImportWizardMessages.Extensions)],
        var key => localizer[key],
    };
}
