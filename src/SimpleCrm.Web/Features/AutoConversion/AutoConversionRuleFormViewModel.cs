using SimpleCrm.Application.AutoConversion;

namespace SimpleCrm.Web.Features.AutoConversion;

/// <summary>The new-rule form: its choices and what was typed.</summary>
public sealed record AutoConversionRuleFormViewModel(AutoConversionFormOptions Options, AutoConversionRuleInput Input);
