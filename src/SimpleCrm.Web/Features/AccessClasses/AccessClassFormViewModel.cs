using SimpleCrm.Application.AccessClasses;

namespace SimpleCrm.Web.Features.AccessClasses;

/// <summary>The create and edit form of an access class; no id while creating.</summary>
public sealed record AccessClassFormViewModel(int? Id, AccessClassInput Input);
