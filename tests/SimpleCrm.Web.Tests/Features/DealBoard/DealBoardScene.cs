using System.Globalization;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.DealBoard;

/// <summary>Pipelines and deals put straight into the database, and what the board shows of them.</summary>
internal static class DealBoardScene
{
    /// <summary>A pipeline with the template stages (new contact 10 %, qualified, proposal 50 %, negotiation, won, lost); answers its id and stage ids in order.</summary>
    public static Task<(int Id, List<int> Stages)> PipelineAsync(this CrmWebFactory factory, string name) =>
        factory.WithDbAsync(async db =>
        {
            var pipeline = new Pipeline { Name = name, NameKey = name.ToLowerInvariant(), Position = 100, Stages = PipelineDefaults.TemplateStages() };
            db.Pipelines.Add(pipeline);
            await db.SaveChangesAsync();
            return (pipeline.Id, pipeline.Stages.OrderBy(s => s.Position).Select(s => s.Id).ToList());
        });

    /// <summary>A deal of the contact in the stage, at the given rank.</summary>
    public static Task<int> DealAsync(this CrmWebFactory factory, int stageId, int contactId, string label, decimal? value = null, string? owner = null, long rank = 0) =>
        factory.WithDbAsync(async db =>
        {
            var stage = await db.Stages.SingleAsync(s => s.Id == stageId);
            var deal = new Deal
            {
                PipelineId = stage.PipelineId, ContactId = contactId, Source = DealSource.Manual, Value = value, Currency = value is null ? null : "PLN",
                ResponsibleUserId = owner, Version = Guid.NewGuid(),
            };
            deal.SetLabel(label);
            deal.EnterStage(stage, DateTime.UtcNow);
            deal.BoardRank = rank;
            db.Deals.Add(deal);
            await db.SaveChangesAsync();
            return deal.Id;
        });

    public static Task<int> ContactAsync(this CrmWebFactory factory, string lastName, string? owner = null)
    {
        var builder = ContactBuilder.Person("Jan", lastName);
        return (owner is null ? builder : builder.OwnedBy(owner)).SaveAsync(factory);
    }

    public static Task<(int StageId, long Rank, Guid Version)> DealStateAsync(this CrmWebFactory factory, int id) =>
        factory.WithDbAsync(db => db.Deals.Where(d => d.Id == id).Select(d => new ValueTuple<int, long, Guid>(d.StageId, d.BoardRank, d.Version)).SingleAsync());

    public static IElement Column(this IDocument board, int stageId) =>
        board.QuerySelector($"[data-board-column='{stageId}']") ?? throw new InvalidOperationException($"No column for stage {stageId}.");

    public static List<int> CardIds(this IParentNode column) =>
        [.. column.QuerySelectorAll("[data-deal-id]").Select(c => int.Parse(c.GetAttribute("data-deal-id")!, CultureInfo.InvariantCulture))];

    public static string Text(this IElement element, string testId) => element.QuerySelector($"[data-testid={testId}]")?.TextContent.Trim() ?? string.Empty;

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
