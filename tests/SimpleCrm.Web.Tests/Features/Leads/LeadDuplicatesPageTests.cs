using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Features.LeadBoard;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Leads;

/// <summary>The "Find duplicates" page: groups by a shared value with links, a merge link for two contacts, and only what the user may see.</summary>
public sealed class LeadDuplicatesPageTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task Leads_sharing_an_email_with_two_contacts_are_one_group_with_links_and_a_merge_link_and_the_list_links_to_the_page()
    {
        var tag = LeadBoardScene.NewTag();
        var email = $"{tag}@duplikat.example";
        var client = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var first = await client.CreatedLeadAsync($"Pierwszy {tag}", new Dictionary<string, string?> { ["Input.Email"] = email });
        var second = await client.CreatedLeadAsync($"Drugi {tag}", new Dictionary<string, string?> { ["Input.Email"] = email.ToUpperInvariant(), ["ignoreDuplicates"] = "true" });
        var contacts = await factory.WithDbAsync(async db =>
        {
            List<string> names = ["Anna", "Ania"];
            var added = names.Select(first => new Contact
            {
                Kind = ContactKind.Person,
                FirstName = first,
                LastName = tag,
                Emails = [new ContactEmail { Address = email, Normalized = email }],
            }).ToList();
            added.ForEach(c => c.RefreshDerivedFields());
            db.Contacts.AddRange(added);
            await db.SaveChangesAsync();
            return added.Select(c => c.Id).Order().ToList();
        });

        var list = await client.GetDocumentAsync("/Leads");
        var page = await client.GetDocumentAsync(list.QuerySelector("a[data-testid=find-duplicates]")!.GetAttribute("href")!);

        var group = page.QuerySelectorAll("[data-testid=duplicate-group]").Single(g => g.QuerySelector("[data-testid=group-label]")!.TextContent.Trim() == email);
        Assert.Equal([$"/Leads/{second}", $"/Leads/{first}"], group.QuerySelectorAll("[data-testid=group-lead] a").Select(a => a.GetAttribute("href")));
        Assert.Equal(contacts.Select(id => $"/Contacts/{id}"), group.QuerySelectorAll("[data-testid=group-contact] a").Select(a => a.GetAttribute("href")).Order());
        Assert.Equal($"/Contacts/Merge?ids={contacts[0]}&ids={contacts[1]}", group.QuerySelector("a[data-testid=merge-contacts]")?.GetAttribute("href")?.Replace("&amp;", "&", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sales_rep_sees_no_group_made_of_another_reps_leads_and_an_unknown_kind_or_page_shows_the_email_groups()
    {
        var tag = LeadBoardScene.NewTag();
        var otherId = await factory.CreateUserAsync($"{tag}@owner.test", Roles.SalesRep);
        await factory.CreateUserAsync($"{tag}@viewer.test", Roles.SalesRep);
        await factory.WithDbAsync(async db =>
        {
            var status = await db.LeadStatuses.Select(s => s.Id).FirstAsync();
            var source = await db.LeadSources.Select(s => s.Id).FirstAsync();
            foreach (var name in (List<string>)["A", "B"])
            {
                var lead = new SimpleCrm.Application.Leads.Lead { Name = name + tag, CompanyCode = "LT" + tag.Length + tag, StatusId = status, SourceId = source, ResponsibleUserId = otherId };
                lead.RefreshDerivedFields();
                db.Leads.Add(lead);
            }

            return await db.SaveChangesAsync();
        });

        var viewer = await factory.SignedInClientAsync($"{tag}@viewer.test");
        var owner = await factory.SignedInClientAsync($"{tag}@owner.test");
        var seenByViewer = await viewer.GetDocumentAsync("/Leads/Duplicates?by=SameCompanyCode");
        var seenByOwner = await owner.GetDocumentAsync("/Leads/Duplicates?by=SameCompanyCode");
        var odd = await owner.GetDocumentAsync("/Leads/Duplicates?by=Nonsense&page=-4");

        Assert.NotNull(seenByViewer.QuerySelector("[data-testid=no-duplicates]"));
        Assert.Single(seenByOwner.QuerySelectorAll("[data-testid=duplicate-group]"));
        Assert.Equal(2, seenByOwner.QuerySelectorAll("[data-testid=group-lead]").Length);
        Assert.Equal(ResourceFile.English("Leads.Duplicates.SameEmail"), odd.QuerySelector("[data-testid=duplicate-kinds] .active")?.TextContent.Trim());
    }
}
