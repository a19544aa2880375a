using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Common;
using SimpleCrm.Application.Leads;
using SimpleCrm.Application.Leads.Conversion;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Leads.Conversion;

/// <summary>Leads to convert, created through the real commands, and what the conversion page would post for them.</summary>
internal static class ConversionScene
{
    /// <summary>A lead from a fair: a person at a company, with every field the conversion carries.</summary>
    public static LeadInput FullLead(string tag) => new()
    {
        Name = $"Wózki {tag}",
        FirstName = "Łucja",
        LastName = $"Żak{tag}",
        CompanyName = $"Hurtownia {tag}",
        CompanyCode = "PL 526-000-12-46",
        Email = $"lucja.{tag}@hurtownia.pl",
        Phone = "601 234 567",
        Website = "www.hurtownia.pl",
        Street = "Piotrkowska 1",
        PostalCode = "90-001",
        City = "Łódź",
        Country = "Polska",
        BirthDate = new DateOnly(1985, 3, 14),
        EstimatedAmount = 12000m,
        Currency = "PLN",
    };

    public static async Task<int> CreateLeadAsync(TestDatabase database, ICurrentUser user, LeadInput input)
    {
        await using var db = database.Context(user);
        var result = await database.LeadCommands(db, user).CreateAsync(input, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join(", ", result.Failures.Select(f => $"{f.Field}: {f.MessageKey}")));
        return result.Value;
    }

    /// <summary>The conversion form as the page prefills it for the lead, with <paramref name="target"/> chosen.</summary>
    public static async Task<(LeadConversionInput Input, Guid Version)> DraftAsync(TestDatabase database, ICurrentUser user, int leadId, ConversionTarget target)
    {
        await using var db = database.Context(user);
        var draft = await database.LeadConversionQueries(db, user).DraftAsync(leadId, null, CancellationToken.None);
        Assert.NotNull(draft);
        draft.Input.Target = target;
        return (draft.Input, draft.Version);
    }

    public static async Task<Result<int>> ConvertAsync(TestDatabase database, ICurrentUser user, int leadId, ConversionTarget target)
    {
        var (input, version) = await DraftAsync(database, user, leadId, target);
        await using var db = database.Context(user);
        return await database.LeadConversion(db, user).ConvertAsync(leadId, input, version, CancellationToken.None);
    }

    public static async Task<Guid> VersionAsync(TestDatabase database, int leadId)
    {
        await using var db = database.Context(new SystemUser());
        return await db.Leads.Where(l => l.Id == leadId).Select(l => l.Version).SingleAsync();
    }

    public static string NewTag() => Guid.NewGuid().ToString("N")[..6];

    public static string Describe(this IEnumerable<Failure> failures) => string.Join(", ", failures.Select(f => $"{f.Field}: {f.MessageKey}"));
}
