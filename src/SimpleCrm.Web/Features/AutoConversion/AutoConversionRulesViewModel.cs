using SimpleCrm.Application.AutoConversion;
using SimpleCrm.Application.Tasks;

namespace SimpleCrm.Web.Features.AutoConversion;

/// <summary>
/// Rules as the pipeline's rules page and a stage header's panel show them. <see cref="ReturnUrl"/>
/// is where a pause or resume comes back to; <see cref="Calendar"/> shows the last run in local time.
/// </summary>
public sealed record AutoConversionRulesViewModel(
    int PipelineId,
    string? PipelineName,
    string? PipelineResourceKey,
    IReadOnlyList<AutoConversionRuleSummary> Rules,
    bool MayChange,
    TaskCalendar Calendar,
    string ReturnUrl);
