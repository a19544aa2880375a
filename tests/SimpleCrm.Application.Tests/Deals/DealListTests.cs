using System.Text;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Exports;
using SimpleCrm.Application.Tests.Pipelines;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Deals;

/// <summary>The list view of a pipeline: each sort key both ways, paging, and the export of the filtered list.</summary>
public sealed class DealListTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly TestUser Admin = TestUser.Admin("deal-list-admin");

    /// <summary>Three deals, each in a different order by every key: "A" is first by label, "B" by email, and so on.</summary>
    private async Task<int> ThreeDealsAsync(string name)
    {
        var pipelineId = await database.AddPipelineAsync(Admin, name);
        var stages = await database.StagesAsync(pipelineId);
        var anna = await database.AddUserAsync(name + "-anna");
        var bob = await database.AddUserAsync(name + "-bob");
        var zed = await database.AddUserAsync(name + "-zed");
        var first = await database.AddContactAsync("Pierwsza");
        var second = await database.AddContactAsync("Druga");
        var third = await database.AddContactAsync("Trzecia");
        await database.AddEmailAsync(first, "zz@example.com");
        await database.AddEmailAsync(second, "aa@example.com");
        await database.AddEmailAsync(third, "mm@example.com");
        var today = new DateOnly(2026, 12, 1);
        var a = await database.DealAsync(stages[2].Id, first, "A", 300m, "PLN", bob, today.AddDays(2));
        var b = await database.DealAsync(stages[0].Id, second, "B", 100m, "PLN", zed, today.AddDays(3));
        var c = await database.DealAsync(stages[1].Id, third, "C", 200m, "PLN", anna, today.AddDays(1));
        await using var db = database.Context(new SystemUser());
        var at = database.Clock.GetUtcNow().UtcDateTime;
        await db.Deals.Where(d => d.Id == a).ExecuteUpdateAsync(u => u.SetProperty(d => d.LastActivityAt, at.AddDays(-1)));
        await db.Deals.Where(d => d.Id == b).ExecuteUpdateAsync(u => u.SetProperty(d => d.LastActivityAt, at.AddDays(-3)));
        await db.Deals.Where(d => d.Id == c).ExecuteUpdateAsync(u => u.SetProperty(d => d.LastActivityAt, at.AddDays(-2)));
        return pipelineId;
    }

    [Theory]
    [InlineData(DealSort.Label, "ABC")]
    [InlineData(DealSort.Email, "BCA")]
    [InlineData(DealSort.Stage, "BCA")]
    [InlineData(DealSort.Value, "BCA")]
    [InlineData(DealSort.Responsible, "CAB")]
    [InlineData(DealSort.CloseBy, "CAB")]
    [InlineData(DealSort.LastActivity, "BCA")]
    public async Task The_list_sorts_by_each_key_both_ways(DealSort sort, string ascending)
    {
        var pipelineId = await ThreeDealsAsync("List sort " + sort);

        await using var db = database.Context(Admin);
        var list = database.List(db, Admin);
        var up = await list.PageAsync(pipelineId, new DealFilter(), new DealListQuery { Sort = sort, Descending = false }, CancellationToken.None);
        var down = await list.PageAsync(pipelineId, new DealFilter(), new DealListQuery { Sort = sort, Descending = true }, CancellationToken.None);

        Assert.Equal(ascending, string.Concat(up!.Items.Select(i => i.Label)));
        Assert.Equal(new string([.. ascending.Reverse()]), string.Concat(down!.Items.Select(i => i.Label)));
    }

    [Fact]
    public async Task The_list_pages_the_filtered_deals_and_keeps_a_page_past_the_end_on_the_last()
    {
        var pipelineId = await database.AddPipelineAsync(Admin, "List paging");
        var stageId = (await database.StagesAsync(pipelineId))[0].Id;
        var contact = await database.AddContactAsync("Stronowa");
        for (var i = 0; i < 30; i++)
        {
            await database.DealAsync(stageId, contact, $"Deal {i:00}", i);
        }

        await using var db = database.Context(Admin);
        var list = database.List(db, Admin);
        var second = await list.PageAsync(pipelineId, new DealFilter(), new DealListQuery { Sort = DealSort.Label, Descending = false, Page = 2 }, CancellationToken.None);
        var beyond = await list.PageAsync(pipelineId, new DealFilter(), new DealListQuery { Sort = DealSort.Label, Page = 9 }, CancellationToken.None);
        var filtered = await list.PageAsync(pipelineId, new DealFilter { ValueTo = 4m }, new DealListQuery(), CancellationToken.None);

        Assert.Equal((30, 2, 5), (second!.TotalCount, second.PageCount, second.Items.Count));
        Assert.Equal(["Deal 25", "Deal 26", "Deal 27", "Deal 28", "Deal 29"], second.Items.Select(i => i.Label));
        Assert.Equal(2, beyond!.PageNumber);
        Assert.Equal(5, filtered!.TotalCount);
    }

    [Fact]
    public async Task The_export_writes_a_formula_as_text_in_csv_and_xlsx()
    {
        var pipelineId = await database.AddPipelineAsync(Admin, "List export");
        var stageId = (await database.StagesAsync(pipelineId))[0].Id;
        await database.DealAsync(stageId, await database.AddContactAsync("Eksportowa"), "=cmd|' /C calc'!A0", 12.5m, "PLN");
        string[] headers = ["Contact", "Email", "Label", "Stage", "Value", "Currency", "Owner", "Close by", "Last activity"];
        var labels = new DealExportLabels(headers, row => row.StageName);

        await using var db = database.Context(Admin);
        var export = new DealExport(database.List(db, Admin));
        using var csv = new MemoryStream();
        await export.WriteAsync(csv, pipelineId, new DealFilter(), new DealListQuery(), ExportFormat.Csv, ';', labels, "Deals", CancellationToken.None);
        using var xlsx = new MemoryStream();
        await export.WriteAsync(xlsx, pipelineId, new DealFilter(), new DealListQuery(), ExportFormat.Xlsx, ';', labels, "Deals", CancellationToken.None);

        var text = Encoding.UTF8.GetString(csv.ToArray());
        Assert.Contains(";'=cmd|' /C calc'!A0;", text, StringComparison.Ordinal);
        Assert.Contains(";12.50;PLN;", text, StringComparison.Ordinal);
        xlsx.Position = 0;
        using var workbook = new XLWorkbook(xlsx);
        var cell = workbook.Worksheet(1).Cell(2, 3);
        Assert.False(cell.HasFormula);
        Assert.Equal("'=cmd|' /C calc'!A0", cell.GetString());
        Assert.Equal(12.5, workbook.Worksheet(1).Cell(2, 5).GetDouble());
    }
}
