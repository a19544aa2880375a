using SimpleCrm.Application.Deals;

namespace SimpleCrm.Web.Features.Deals;

/// <summary>A contact's deals for its profile card.</summary>
public sealed record ContactDealsViewModel(int ContactId, IReadOnlyList<ContactDeal> Deals);
