using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Lists;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Web.Features.ImportWizard;

/// <summary>Step 4: the defaults and policy in force, and the choices (lead options for leads, lists for contacts).</summary>
public sealed record DefaultsViewModel(
    string Token,
    ImportWizardState State,
    DefaultsInput Input,
    LeadOptions? LeadOptions,
    IReadOnlyList<UserOption> Users,
    IReadOnlyList<ListOption> Lists);
