namespace SimpleCrm.Application.TaskTemplates;

/// <summary>A template a form can start from.</summary>
public sealed record TaskTemplateOption(int Id, string Name);
