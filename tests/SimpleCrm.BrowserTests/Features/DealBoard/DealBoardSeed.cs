using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Deals;
using SimpleCrm.Application.Pipelines;
using SimpleCrm.TestSupport;

namespace SimpleCrm.BrowserTests.Features.DealBoard;

/// <summary>A pipeline with the template stages and deals of fresh contacts put straight into the database, ranked in the order given.</summary>
internal static class DealBoardSeed
{
    public static Task<int> SeedPipelineAsync(this CrmWebFactory factory, string name, params (string Contact, string Label, decimal Value, int StagePosition)[] deals) =>
        factory.WithDbAsync(async db =>
        {
            var pipeline = new Pipeline { Name = name, NameKey = name.ToLowerInvariant(), Position = 50, Stages = PipelineDefaults.TemplateStages() };
            db.Pipelines.Add(pipeline);
            await db.SaveChangesAsync();
            var ownerId = await db.Users.Where(u => u.Email == CrmWebFactory.AdminEmail).Select(u => u.Id).SingleAsync();
            var rank = 0L;
            foreach (var (contactName, label, value, position) in deals)
            {
                var parts = contactName.Split(' ', 2);
                var contact = new Contact { Kind = ContactKind.Person, FirstName = parts[0], LastName = parts[^1], ResponsibleUserId = ownerId, Version = Guid.NewGuid() };
                contact.RefreshDerivedFields();
                db.Contacts.Add(contact);
                await db.SaveChangesAsync();
                var stage = pipeline.Stages.Single(s => s.Position == position);
                var deal = new Deal
                {
                    PipelineId = pipeline.Id, ContactId = contact.Id, Source = DealSource.Manual, Value = value, Currency = "PLN",
                    ResponsibleUserId = ownerId, CloseBy = new DateOnly(2026, 12, 20), BoardRank = rank += 1024, Version = Guid.NewGuid(),
                };
                deal.SetLabel(label);
                deal.EnterStage(stage, DateTime.UtcNow);
                db.Deals.Add(deal);
            }

            await db.SaveChangesAsync();
            return pipeline.Id;
        });

    public static Task<int> ChangeDealBehindTheBoardAsync(this CrmWebFactory factory, string label) =>
        factory.WithDbAsync(db => db.Deals.Where(d => d.Label == label).ExecuteUpdateAsync(u => u.SetProperty(d => d.Version, Guid.NewGuid())));
}
