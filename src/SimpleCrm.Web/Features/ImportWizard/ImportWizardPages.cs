using System.Globalization;
using Microsoft.Extensions.Localization;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Imports.Mapping;
using SimpleCrm.Application.Imports.Reading;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Lists;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Web.Features.ImportWizard;

/// <summary>
/// Builds each step's page from the wizard's state and applies what a step's form posted to it, so
/// the controller only picks the step. Every page gets the state sealed again as its token.
/// </summary>
public sealed class ImportWizardPages(
    ImportWizardFiles files,
    ImportWizardTokens tokens,
    ImportMappingQueries mappingQueries,
    ImportFieldNames fieldNames,
    SavedImportMappings savedMappings,
    LeadOptionQueries leadOptions,
    UserDirectory users,
    ListQueries lists,
    ImportPreview preview,
    ImportCommands commands,
    ICurrentUser user,
    IStringLocalizer<SharedResource> localizer)
{
    public async Task<(SettingsViewModel Page, IReadOnlyList<Failure> Failures)> SettingsAsync(ImportWizardState state, CancellationToken cancellationToken)
    {
        var probe = await files.PreviewAsync(state, cancellationToken);
        return (new SettingsViewModel(tokens.Seal(state), state, probe.Value), probe.Failures);
    }

    /// <summary>The state with the posted read settings; the sheet only for workbooks, the text settings only for text.</summary>
    public static ImportWizardState WithSettings(ImportWizardState state, SettingsInput input)
    {
        var settings = state.Settings.Format == ImportFileFormat.Text
            ? state.Settings with
            {
                CodePage = input.CodePage is { } codePage && ImportEncodings.IsSupported(codePage) ? codePage : state.Settings.CodePage,
                Delimiter = SettingsInput.Delimiters.FirstOrDefault(d => d.Value == input.Delimiter) is { Value: not null } d ? d.Delimiter : state.Settings.Delimiter,
            }
            : state.Settings with { SheetName = string.IsNullOrWhiteSpace(input.Sheet) ? null : input.Sheet };
        return state with { Settings = settings };
    }

    /// <summary>
    /// The mapping page. Headers other than those the mapping was made for (new settings, a first visit)
    /// are matched afresh; <paramref name="applySaved"/> matches again with that saved mapping first.
    /// </summary>
    public async Task<Result<MappingViewModel>> MappingAsync(
        ImportWizardState state, CancellationToken cancellationToken, int? applySaved = null, string? saveAsName = null)
    {
        var probe = await files.PreviewAsync(state, cancellationToken);
        if (!probe.Succeeded)
        {
            return Result<MappingViewModel>.Fail(probe.Failures);
        }

        var headers = probe.Value!.Headers;
        var targets = await mappingQueries.TargetsAsync(state.EntityType, cancellationToken);
        var columns = state.Columns;
        if (columns is null || applySaved is not null || state.Headers is null || !headers.SequenceEqual(state.Headers, StringComparer.Ordinal))
        {
            columns = ImportColumnMatch.Match(headers, targets, fieldNames.For(state.EntityType), applySaved);
        }

        state = state with { Headers = headers, Columns = columns, SavedMappingId = applySaved ?? state.SavedMappingId };
        var samples = headers.Select((_, i) => (IReadOnlyList<string>)[.. probe.Value.Preview
            .Select(r => i < r.Cells.Count ? r.Cells[i].Text : null).OfType<string>().Take(MappingViewModel.SampleCount)]).ToList();
        return Result<MappingViewModel>.Ok(new MappingViewModel(tokens.Seal(state), state, headers, samples, columns, targets, saveAsName));
    }

    /// <summary>The state with the posted targets, one per header the mapping was made for.</summary>
    public static ImportWizardState WithMapping(ImportWizardState state, MappingInput input)
    {
        var count = state.Headers?.Count ?? 0;
        var columns = Enumerable.Range(0, count).Select(i => ImportTargetValue.Parse(i, i < input.Targets.Count ? input.Targets[i] : null)).ToList();
        return state with { Columns = columns };
    }

    /// <summary>Why the mapping cannot go on, in words (a field mapped twice named by its title or label); empty when it can.</summary>
    public async Task<IReadOnlyList<string>> CheckMappingAsync(ImportWizardState state, CancellationToken cancellationToken)
    {
        var columns = state.Columns ?? [];
        var targets = await mappingQueries.TargetsAsync(state.EntityType, cancellationToken);
        return [.. ImportMappingRules.Check(columns, targets).Select(f => f.MessageKey == ImportMappingMessages.MappedTwice
            ? localizer[f.MessageKey, TargetTitle(columns.First(c => ImportColumnMatch.Slot(c) == f.Field), targets)].Value
            : localizer[f.MessageKey].Value)];
    }

    /// <summary>Saves the state's mapping under the name, by header, ignored columns included (so they stay ignored next time).</summary>
    public async Task<Result<int>> SaveMappingAsync(ImportWizardState state, string? name, CancellationToken cancellationToken)
    {
        var headers = state.Headers ?? [];
        var columns = (state.Columns ?? []).Where(c => c.Index < headers.Count)
            .Select(c => new SavedImportColumn(headers[c.Index], c.Target, c.FieldKey, c.CustomFieldId)).ToList();
        return await savedMappings.SaveAsync(name, state.EntityType, columns, cancellationToken);
    }

    public async Task<DefaultsViewModel> DefaultsAsync(ImportWizardState state, CancellationToken cancellationToken)
    {
        var defaults = state.Defaults ?? new ImportDefaults(ResponsibleUserId: user.UserId);
        var input = new DefaultsInput
        {
            StatusId = defaults.StatusId,
            SourceId = defaults.SourceId,
            ResponsibleUserId = defaults.ResponsibleUserId,
            Tags = defaults.Tags is { Count: > 0 } tags ? string.Join(", ", tags) : null,
            ListId = defaults.ListId,
            DuplicatePolicy = state.DuplicatePolicy,
        };
        var isLead = state.EntityType == ImportEntityType.Lead;
        return new DefaultsViewModel(
            tokens.Seal(state),
            state,
            input,
            isLead ? await leadOptions.GetAsync(null, cancellationToken) : null,
            await users.ListActiveAsync(cancellationToken),
            isLead ? [] : await lists.OptionsAsync(cancellationToken));
    }

    /// <summary>The state with the posted defaults; lead-only and contact-only ones dropped for the other kind.</summary>
    public static ImportWizardState WithDefaults(ImportWizardState state, DefaultsInput input)
    {
        var isLead = state.EntityType == ImportEntityType.Lead;
        var tags = (input.Tags ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var defaults = new ImportDefaults(
            isLead ? input.StatusId : null,
            isLead ? input.SourceId : null,
            string.IsNullOrWhiteSpace(input.ResponsibleUserId) ? null : input.ResponsibleUserId,
            tags.Count > 0 ? tags : null,
            isLead ? null : input.ListId);
        var policy = Enum.IsDefined(input.DuplicatePolicy) ? input.DuplicatePolicy : ImportDuplicatePolicy.Skip;
        return state with { Defaults = defaults, DuplicatePolicy = policy };
    }

    /// <summary>The first rows as the run will save them.</summary>
    public async Task<(PreviewViewModel Page, IReadOnlyList<Failure> Failures)> PreviewAsync(ImportWizardState state, CancellationToken cancellationToken)
    {
        if (!files.IsStored(state))
        {
            return (new PreviewViewModel(tokens.Seal(state), state, null, [], []), [new Failure(ImportWizardMessages.Expired)]);
        }

        var page = await preview.PreviewAsync(RequestOf(state), cancellationToken);
        var targets = await mappingQueries.TargetsAsync(state.EntityType, cancellationToken);
        var titles = page.Value?.Columns.Select(c => TargetTitle(c.Column, targets)).ToList() ?? [];
        var problems = page.Value?.Rows.Select(r => (IReadOnlyList<string>)[.. r.Problems.Select(ProblemText)]).ToList() ?? [];
        return (new PreviewViewModel(tokens.Seal(state), state, page.Value, titles, problems), page.Failures);
    }

    /// <summary>Starts the run with every choice, the rows counted for the progress bar, in the user's UI culture (dates and numbers are read in it).</summary>
    public async Task<Result<int>> StartAsync(ImportWizardState state, CancellationToken cancellationToken)
    {
        var rows = await files.CountRowsAsync(state, cancellationToken);
        return rows is null
            ? Result<int>.Fail(new Failure(ImportWizardMessages.Expired))
            : await commands.CreateAsync(RequestOf(state) with { RowsTotal = rows }, cancellationToken);
    }

    /// <summary>A problem in words: its field or row fills the text's placeholder, or names where it is.</summary>
    private string ProblemText(Failure problem)
    {
        var text = localizer[problem.MessageKey];
        return problem.Field is null || text.Value.Contains("{0}", StringComparison.Ordinal)
            ? localizer[problem.MessageKey, problem.Field ?? string.Empty]
            : $"{problem.Field}: {text.Value}";
    }

    /// <summary>Where a column goes, as the mapping's select names it.</summary>
    private string TargetTitle(ImportColumn column, ImportMappingTargets targets) => column.Target switch
    {
        ImportTargetKind.Field => localizer[$"Imports.Field.{column.FieldKey}"],
        ImportTargetKind.CustomField => targets.CustomFields.FirstOrDefault(f => f.Id == column.CustomFieldId)?.Label ?? string.Empty,
        ImportTargetKind.Note => localizer["Imports.Wizard.AddToNote"],
        _ => localizer["Imports.Wizard.Ignore"],
    };

    private static ImportRequest RequestOf(ImportWizardState state) => new(
        state.EntityType,
        state.OriginalFileName,
        state.StoredFileName,
        state.Settings,
        state.Columns ?? [],
        state.Defaults ?? new ImportDefaults(),
        state.DuplicatePolicy,
        Culture: CultureInfo.CurrentUICulture.Name);
}
