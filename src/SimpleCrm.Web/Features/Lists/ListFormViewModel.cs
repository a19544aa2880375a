using SimpleCrm.Application.Lists;

namespace SimpleCrm.Web.Features.Lists;

/// <summary>The new-list and edit-list form: no id for a new list.</summary>
public sealed record ListFormViewModel(int? Id, ListInput Input);
