using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Leads;
using SimpleCrm.TestSupport;

namespace SimpleCrm.Web.Tests.Features.LeadBoard;

/// <summary>Leads put straight into the database in a given column and order, and what the board shows of them.</summary>
internal static class LeadBoardScene
{
    public const string NewStatus = "LeadStatuses.New";
    public const string InProgress = "LeadStatuses.InProgress";

    /// <summary>Letters only, so a search for it is not taken for a phone number; unique per test, so each test sees only its leads.</summary>
    public static string NewTag() => string.Concat(Guid.NewGuid().ToString("N")[..10].Select(c => (char)('a' + (c % 26))));

    public static Task<int> StatusIdAsync(this CrmWebFactory factory, string resourceKey) =>
        factory.WithDbAsync(db => db.LeadStatuses.Where(s => s.ResourceKey == resourceKey).Select(s => s.Id).SingleAsync());

    /// <summary>Adds leads named "{tag} {i}" to a status, ranked in the given order, owned by the admin unless told; answers their ids.</summary>
    public static Task<List<int>> SeedAsync(this CrmWebFactory factory, string tag, string statusKey, int count, decimal? amount = null, string? currency = null, string? responsibleUserId = null) =>
        factory.WithDbAsync(async db =>
        {
            var statusId = await db.LeadStatuses.Where(s => s.ResourceKey == statusKey).Select(s => s.Id).SingleAsync();
            var sourceId = await db.LeadSources.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
            var ownerId = responsibleUserId ?? await db.Users.Where(u => u.Email == CrmWebFactory.AdminEmail).Select(u => u.Id).SingleAsync();
            var leads = Enumerable.Range(0, count).Select(i =>
            {
                var lead = new Lead
                {
                    Name = $"{tag} {i:D2}",
                    CompanyName = "Firma " + tag,
                    StatusId = statusId,
                    SourceId = sourceId,
                    ResponsibleUserId = ownerId,
                    EstimatedAmount = amount,
                    Currency = currency,
                    KanbanRank = i * 1000L,
                };
                lead.RefreshDerivedFields();
                return lead;
            }).ToList();
            db.Leads.AddRange(leads);
            await db.SaveChangesAsync();
            return leads.Select(l => l.Id).ToList();
        });

    public static Task<LeadState> StateAsync(this CrmWebFactory factory, int id) =>
        factory.WithDbAsync(db => db.Leads.IgnoreQueryFilters().Where(l => l.Id == id)
            .Select(l => new LeadState(l.StatusId, l.KanbanRank, l.Version)).SingleAsync());

    public static IElement Column(this IDocument board, int statusId) =>
        board.QuerySelector($"[data-board-column='{statusId}']") ?? throw new InvalidOperationException($"No column for status {statusId}.");

    /// <summary>The lead ids of a column's (or a fragment's) cards, top to bottom.</summary>
    public static List<int> CardIds(this IParentNode column) =>
        [.. column.QuerySelectorAll("[data-lead-id]").Select(c => int.Parse(c.GetAttribute("data-lead-id")!, System.Globalization.CultureInfo.InvariantCulture))];

    public static string Count(this IElement column) => column.QuerySelector("[data-testid=column-count]")!.TextContent.Trim();
}

internal sealed record LeadState(int StatusId, long KanbanRank, Guid Version);
