using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.History;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Imports;

/// <summary>Cancel and Undo on an import's page: each a form with its token, coming back to the page with what happened.</summary>
public sealed class ImportActionsTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task Undo_deletes_what_the_import_created_keeps_what_was_changed_since_and_says_so()
    {
        var (rep, repId, tag) = await RepAsync();
        var importId = await factory.AddImportAsync(repId, $"undo-{tag}.csv");
        var untouched = await ContactBuilder.Person("Anna", "Undo" + tag).OwnedBy(repId).SaveAsync(factory);
        var changed = await ContactBuilder.Person("Jan", "Undo" + tag).OwnedBy(repId).SaveAsync(factory);
        await factory.WithDbAsync(async db =>
        {
            var version = await db.Contacts.Where(c => c.Id == untouched).Select(c => c.Version).SingleAsync();
            db.ImportChanges.AddRange(
                new ImportChange { ImportId = importId, RecordType = HistoryRecordTypes.Contact, RecordId = untouched, Kind = ImportChangeKind.Created, VersionAfter = version },
                new ImportChange { ImportId = importId, RecordType = HistoryRecordTypes.Contact, RecordId = changed, Kind = ImportChangeKind.Created, VersionAfter = Guid.NewGuid() });
            return await db.SaveChangesAsync();
        });
        var page = await rep.GetDocumentAsync($"/Imports/{importId}");

        using var undone = await rep.SubmitAsync(page, $"form[action='/Imports/{importId}/Undo']");
        var after = await rep.GetDocumentAsync($"/Imports/{importId}");

        Assert.Equal($"/Imports/{importId}", undone.RedirectPath());
        Assert.Equal("Import undone: 1 deleted, 0 restored, 1 kept because they were changed since.", after.QuerySelector(".alert-info")!.FirstChild!.TextContent.Trim());
        Assert.Equal("Undone", after.QuerySelector("[data-testid=import-status]")!.TextContent.Trim());
        Assert.Null(after.QuerySelector("[data-testid=import-undo]"));
        var deleted = await factory.WithDbAsync(db => db.Contacts.IgnoreQueryFilters().Where(c => c.Id == untouched || c.Id == changed)
            .OrderBy(c => c.Id).Select(c => c.IsDeleted).ToListAsync());
        Assert.Equal([true, false], deleted);
    }

    [Fact]
    public async Task Cancel_stops_a_running_import_and_a_finished_one_says_it_cannot_be_cancelled()
    {
        var (rep, repId, tag) = await RepAsync();
        var running = await factory.AddImportAsync(repId, $"cancel-{tag}.csv", i => { i.Status = ImportStatus.Running; i.FinishedAt = null; });
        var finished = await factory.AddImportAsync(repId, $"done-{tag}.csv");
        var page = await rep.GetDocumentAsync($"/Imports/{running}");

        using var cancelled = await rep.SubmitAsync(page, $"form[action='/Imports/{running}/Cancel']");
        var after = await rep.GetDocumentAsync($"/Imports/{running}");
        using var refused = await rep.PostWithTokenAsync($"/Imports/{finished}/Cancel", await rep.AntiforgeryTokenAsync("/Imports"));
        var refusedPage = await rep.GetDocumentAsync($"/Imports/{finished}");

        Assert.Equal($"/Imports/{running}", cancelled.RedirectPath());
        Assert.Equal("Cancelled", after.QuerySelector("[data-testid=import-status]")!.TextContent.Trim());
        Assert.Equal(ResourceFile.English("Imports.CancelDone"), after.QuerySelector(".alert-info")!.FirstChild!.TextContent.Trim());
        Assert.NotNull(after.QuerySelector("[data-testid=import-undo]"));
        Assert.Equal(ResourceFile.English(ImportMessages.NotCancellable), refusedPage.QuerySelector(".alert-info")!.FirstChild!.TextContent.Trim());
        Assert.Equal(ImportStatus.Completed, await factory.WithDbAsync(db => db.Imports.Where(i => i.Id == finished).Select(i => i.Status).SingleAsync()));
    }

    [Theory]
    [InlineData("Cancel")]
    [InlineData("Undo")]
    public async Task Cancel_and_undo_are_refused_without_the_antiforgery_token(string action)
    {
        var (rep, repId, tag) = await RepAsync();
        var importId = await factory.AddImportAsync(repId, $"forged-{tag}.csv", i => { i.Status = ImportStatus.Running; i.FinishedAt = null; });

        using var forged = await rep.PostWithoutTokenAsync($"/Imports/{importId}/{action}");

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(ImportStatus.Running, await factory.WithDbAsync(db => db.Imports.Where(i => i.Id == importId).Select(i => i.Status).SingleAsync()));
    }

    private async Task<(HttpClient Rep, string RepId, string Tag)> RepAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var email = $"rep-{tag}@test.local";
        var id = await factory.CreateUserAsync(email, Roles.SalesRep);
        return (await factory.SignedInClientAsync(email), id, tag);
    }
}
