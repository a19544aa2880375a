using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.Application.Tests.Pipelines;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Deals;

/// <summary>Shortcuts of the board and list tests: the services as the web app wires them, deals with their board fields set.</summary>
internal static class DealBoardScene
{
    public static DealBoard Board(this TestDatabase database, CrmDbContext db, ICurrentUser user) => new(db, user, database.Clock);

    public static DealMoves Moves(this TestDatabase database, CrmDbContext db, ICurrentUser user) =>
        new(db, user, database.DealStageChange(db, user), database.Clock);

    public static DealList List(this TestDatabase database, CrmDbContext db, ICurrentUser user) => new(db, user, database.Clock);

    /// <summary>A deal in the stage with its value, owner and close-by date set (straight into the table).</summary>
    public static async Task<int> DealAsync(
        this TestDatabase database, int stageId, int contactId, string label, decimal? value = null, string? currency = null,
        string? owner = null, DateOnly? closeBy = null)
    {
        var id = await database.AddDealAsync(stageId, contactId, label);
        await using var db = database.Context(new SystemUser());
        await db.Deals.Where(d => d.Id == id).ExecuteUpdateAsync(u => u
            .SetProperty(d => d.Value, value)
            .SetProperty(d => d.Currency, currency)
            .SetProperty(d => d.ResponsibleUserId, owner)
            .SetProperty(d => d.CloseBy, closeBy));
        return id;
    }

    public static async Task SetRankAsync(this TestDatabase database, int dealId, long rank)
    {
        await using var db = database.Context(new SystemUser());
        await db.Deals.Where(d => d.Id == dealId).ExecuteUpdateAsync(u => u.SetProperty(d => d.BoardRank, rank));
    }

    public static async Task AddEmailAsync(this TestDatabase database, int contactId, string address)
    {
        await using var db = database.Context(new SystemUser());
        db.ContactEmails.Add(new ContactEmail { ContactId = contactId, Address = address, Normalized = address.ToLowerInvariant(), Position = 0 });
        await db.SaveChangesAsync();
    }

    public static async Task<Deal> ReadDealAsync(this TestDatabase database, int id)
    {
        await using var db = database.Context(new SystemUser());
        return await db.Deals.AsNoTracking().SingleAsync(d => d.Id == id);
    }
}
