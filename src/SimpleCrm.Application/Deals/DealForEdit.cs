namespace SimpleCrm.Application.Deals;

/// <summary>A deal as its edit form starts: the input filled from it, what the form shows around it and the version it guards.</summary>
public sealed record DealForEdit(int Id, DealInput Input, string Label, int PipelineId, int ContactId, string ContactName, Guid Version);
