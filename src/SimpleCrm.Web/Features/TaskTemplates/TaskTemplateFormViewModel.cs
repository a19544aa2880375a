using SimpleCrm.Application.TaskTemplates;

namespace SimpleCrm.Web.Features.TaskTemplates;

/// <summary>The create and edit form of a task template: no id while creating; the users and statuses it offers.</summary>
public sealed record TaskTemplateFormViewModel(int? Id, TaskTemplateInput Input, TaskTemplateForm Choices);
