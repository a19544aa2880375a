using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Users;

namespace SimpleCrm.Web.Features.DealBoard;

/// <summary>
/// The filter form shared by the board and the list view: where it submits, what it keeps besides the
/// filters (the list's sort), and whether it offers the idle threshold (a highlight of the board's cards).
/// </summary>
public sealed record DealFiltersViewModel(DealFilter Filter, IReadOnlyList<UserOption> Users, string Action, IReadOnlyDictionary<string, string> Kept, bool ShowIdle);
