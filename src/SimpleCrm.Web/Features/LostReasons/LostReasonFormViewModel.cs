using SimpleCrm.Application.Pipelines;

namespace SimpleCrm.Web.Features.LostReasons;

/// <summary>The add and rename form of a lost reason; no id while adding, a resource key while a seeded reason keeps its text.</summary>
public sealed record LostReasonFormViewModel(int? Id, NameInput Input, string? ResourceKey = null);
