using SimpleCrm.Application.Common;
using SimpleCrm.Application.Deals.AddClients;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Web.Features.AddClients;

/// <summary>
/// One step of the wizard: 1 choose lists and segments, 2 all or picked by hand, 3 the deal fields,
/// 4 the summary. Only what the step shows is filled in.
/// </summary>
public sealed record AddClientsViewModel(int Step, AddClientsPipeline Pipeline, AddClientsForm Form)
{
    public AddClientsChoices? Choices { get; init; }

    public Page<AddClientsCandidate>? Candidates { get; init; }

    public IReadOnlyList<UserOption> Users { get; init; } = [];

    public AddClientsSummary? Summary { get; init; }

    /// <summary>Managers and admins may end the wizard in an auto-conversion rule.</summary>
    public bool MayCreateRules { get; init; }
}
