using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Lists;
using SimpleCrm.Application.Users;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Tests.Features.Contacts;
using SimpleCrm.Web.Tests.Support;

namespace SimpleCrm.Web.Tests.Features.Lists;

/// <summary>Lists through HTTP: the lists page, the forms, a list's own page, members on and off it.</summary>
public sealed class ListPagesTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task A_new_list_opens_as_its_own_page_with_its_header_and_a_second_one_of_the_same_name_is_refused()
    {
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);

        var id = await admin.CreateListAsync(factory, "Targi Poznań 2026", "Goście stoiska");
        var page = await admin.GetDocumentAsync(ListSteps.PageOf(id));
        using var duplicate = await admin.SubmitAsync(await admin.GetDocumentAsync("/Lists/New"), "form[data-testid=list-form]",
            new Dictionary<string, string?> { ["Name"] = "TARGI POZNAŃ 2026" });

        Assert.Equal("Targi Poznań 2026", page.QuerySelector("[data-testid=scope-name]")?.TextContent);
        Assert.Contains("Goście stoiska", page.QuerySelector("[data-testid=scope]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Members: 0", page.QuerySelector("[data-testid=scope-count]")?.TextContent.Trim());
        Assert.Equal($"/Lists/{id}/Edit", page.QuerySelector("[data-testid=scope] a[href$='/Edit']")?.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Equal(ResourceFile.English("Lists.NameTaken"), (await duplicate.ToDocumentAsync()).ValidationMessageFor("Name"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.ContactLists.CountAsync(l => l.Name.StartsWith("Targi Pozna"))));
    }

    [Fact]
    public async Task The_profile_card_puts_a_contact_on_a_list_writes_the_event_and_takes_it_off_again()
    {
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var contact = await ContactBuilder.Person("Karta", "Listowa").SaveAsync(factory);
        var listId = await admin.CreateListAsync(factory, "Lista z karty");

        var profile = await admin.GetDocumentAsync($"/Contacts/{contact}");
        using var added = await admin.SubmitAsync(profile, $"form[action='/Contacts/{contact}/Lists']", new Dictionary<string, string?> { ["listId"] = listId.ToString(CultureInfo.InvariantCulture) });
        var after = await admin.GetDocumentAsync($"/Contacts/{contact}");

        Assert.Equal($"/Contacts/{contact}", added.RedirectTarget());
        Assert.Equal([("Lista z karty", $"/Lists/{listId}")], after.QuerySelectorAll("[data-testid=contact-lists] a").Select(a => (a.TextContent, a.GetAttribute("href"))));
        Assert.Contains(ResourceFile.English("Lists.MemberAdded"), after.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        var payloads = await factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.Type == nameof(ContactsAddedToList)).Select(m => m.Payload).ToListAsync());
        Assert.Single(payloads, p => p.Contains($"\"listId\":{listId},", StringComparison.Ordinal) && p.Contains($"[{contact}]", StringComparison.Ordinal));

        using var removed = await admin.SubmitAsync(after, $"form[action='/Contacts/{contact}/Lists/{listId}/Remove']");
        var final = await admin.GetDocumentAsync($"/Contacts/{contact}");

        Assert.Equal($"/Contacts/{contact}", removed.RedirectTarget());
        Assert.Empty(final.QuerySelectorAll("[data-testid=contact-lists] a"));
        Assert.False(await factory.WithDbAsync(db => db.ContactListMembers.AnyAsync(m => m.ListId == listId)));
    }

    [Fact]
    public async Task A_sales_rep_sees_and_counts_only_their_own_members_of_a_shared_list()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var repId = await factory.CreateUserAsync($"rep-{tag}@test.local", Roles.SalesRep);
        var otherId = await factory.CreateUserAsync($"other-{tag}@test.local", Roles.SalesRep);
        var own = await ContactBuilder.Person("Własny", $"Członek{tag}").OwnedBy(repId).SaveAsync(factory);
        var foreign = await ContactBuilder.Person("Obcy", $"Członek{tag}").OwnedBy(otherId).SaveAsync(factory);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var listId = await admin.CreateListAsync(factory, $"Wspólna {tag}");
        (await admin.AddToListAsync(own, listId)).Dispose();
        (await admin.AddToListAsync(foreign, listId)).Dispose();
        var rep = await factory.SignedInClientAsync($"rep-{tag}@test.local");

        var page = await rep.GetDocumentAsync(ListSteps.PageOf(listId));
        var lists = await rep.GetDocumentAsync("/Lists");
        var asAdmin = await admin.GetDocumentAsync("/Lists");

        Assert.Equal([$"/Contacts/{own}"], page.RowLinks());
        Assert.Equal("Members: 1", page.QuerySelector("[data-testid=scope-count]")?.TextContent.Trim());
        Assert.Equal("1", lists.QuerySelector($"tr[data-list='Wspólna {tag}'] [data-testid=member-count]")?.TextContent);
        Assert.Equal("2", asAdmin.QuerySelector($"tr[data-list='Wspólna {tag}'] [data-testid=member-count]")?.TextContent);
        Assert.Null(page.QuerySelector("[data-testid=scope] a[href$='/Edit']"));
    }

    [Fact]
    public async Task A_sales_rep_posting_another_reps_contact_id_gets_404_and_the_list_does_not_change()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var ownerId = await factory.CreateUserAsync($"owner-{tag}@test.local", Roles.SalesRep);
        await factory.CreateUserAsync($"intruder-{tag}@test.local", Roles.SalesRep);
        var hidden = await ContactBuilder.Person("Ukryty", $"Listowy{tag}").OwnedBy(ownerId).SaveAsync(factory);
        var owner = await factory.SignedInClientAsync($"owner-{tag}@test.local");
        var ownersList = await owner.CreateListAsync(factory, $"Właściciela {tag}");
        (await owner.AddToListAsync(hidden, ownersList)).Dispose();
        var intruder = await factory.SignedInClientAsync($"intruder-{tag}@test.local");
        var intrudersList = await intruder.CreateListAsync(factory, $"Intruza {tag}");
        var token = await intruder.AntiforgeryTokenAsync("/Lists");

        using var added = await intruder.AddToListAsync(hidden, intrudersList);
        using var removedOnProfile = await intruder.PostWithTokenAsync($"/Contacts/{hidden}/Lists/{ownersList}/Remove", token);
        using var removedOnList = await intruder.PostWithTokenAsync($"/Lists/{ownersList}/Members/{hidden}/Remove", token);
        using var renamed = await intruder.PostWithTokenAsync($"/Lists/{ownersList}/Edit", token, ("Name", "Przejęta"));
        using var deleted = await intruder.PostWithTokenAsync($"/Lists/{ownersList}/Delete", token);

        Assert.All([added, removedOnProfile, removedOnList, renamed, deleted], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal([ownersList], await factory.WithDbAsync(db => db.ContactListMembers.Where(m => m.ContactId == hidden).Select(m => m.ListId).ToListAsync()));
        Assert.Equal($"Właściciela {tag}", await factory.WithDbAsync(db => db.ContactLists.Where(l => l.Id == ownersList).Select(l => l.Name).SingleAsync()));
    }

    [Fact]
    public async Task A_lists_page_searches_sorts_and_pages_within_the_list_and_a_row_leaves_it_back_on_the_same_page()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var members = await ContactBuilder.SaveAllAsync(factory, Enumerable.Range(0, 30).Select(i => ContactBuilder.Person("Strona", $"Członek{tag}{i:00}")));
        await ContactBuilder.SaveAllAsync(factory, Enumerable.Range(0, 3).Select(i => ContactBuilder.Person("Strona", $"Członek{tag}x{i:00}")));
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var listId = await admin.CreateListAsync(factory, $"Stronicowana {tag}");
        foreach (var member in members)
        {
            (await admin.AddToListAsync(member.Id, listId)).Dispose();
        }

        var first = await admin.GetDocumentAsync(ListSteps.PageOf(listId) + $"&Search=Członek{tag}&Sort=Created&Descending=true");
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await admin.GetDocumentAsync(next);
        var nameHeader = first.QuerySelectorAll("table.contact-list thead th a")[0].GetAttribute("href")!;

        Assert.Equal("Members: 30", first.QuerySelector("[data-testid=scope-count]")?.TextContent.Trim());
        Assert.Equal("30", first.QuerySelector("[data-testid=total]")?.TextContent.Trim());
        Assert.Contains("ListIds%5B0%5D=" + listId.ToString(CultureInfo.InvariantCulture), next, StringComparison.Ordinal);
        Assert.Contains("ListIds%5B0%5D=" + listId.ToString(CultureInfo.InvariantCulture), nameHeader, StringComparison.Ordinal);
        Assert.Equal(members.Select(m => $"/Contacts/{m.Id}").Order(), first.RowLinks().Concat(second.RowLinks()).Order());
        Assert.Equal($"Stronicowana {tag}", second.QuerySelector("[data-testid=scope-name]")?.TextContent);

        var row = second.QuerySelectorAll("table.contact-list tbody tr")[0];
        var removedId = int.Parse(row.QuerySelector("td.name-cell > a")!.GetAttribute("href")!["/Contacts/".Length..], CultureInfo.InvariantCulture);
        using var removed = await admin.SubmitAsync(second, $"form[action='/Lists/{listId}/Members/{removedId}/Remove']");

        Assert.Equal(next, removed.RedirectTarget());
        Assert.False(await factory.WithDbAsync(db => db.ContactListMembers.AnyAsync(m => m.ListId == listId && m.ContactId == removedId)));
        Assert.Equal("Members: 29", (await admin.GetDocumentAsync(next)).QuerySelector("[data-testid=scope-count]")?.TextContent.Trim());
    }

    [Fact]
    public async Task Removing_a_row_never_redirects_off_the_site_and_adding_without_a_list_says_so()
    {
        var contact = await ContactBuilder.Person("Przekierowany", "Członek").SaveAsync(factory);
        var admin = await factory.SignedInClientAsync(CrmWebFactory.AdminEmail);
        var listId = await admin.CreateListAsync(factory, "Bez przekierowań");
        (await admin.AddToListAsync(contact, listId)).Dispose();
        var token = await admin.AntiforgeryTokenAsync("/Lists");

        using var removed = await admin.PostWithTokenAsync($"/Lists/{listId}/Members/{contact}/Remove", token, ("returnUrl", "https://evil.example/phish"));
        using var noList = await admin.PostWithTokenAsync($"/Contacts/{contact}/Lists", token, ("listId", "0"));
        var profile = await admin.GetDocumentAsync($"/Contacts/{contact}");

        Assert.Equal(ListSteps.PageOf(listId), removed.RedirectTarget());
        Assert.Equal($"/Contacts/{contact}", noList.RedirectTarget());
        Assert.Contains(ResourceFile.English("Lists.ListRequired"), profile.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typing_in_a_lists_header_offers_visible_contacts_not_on_it_and_one_is_added_back_on_the_same_page()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var repId = await factory.CreateUserAsync($"adder-{tag}@test.local", Roles.SalesRep);
        var otherId = await factory.CreateUserAsync($"hidden-{tag}@test.local", Roles.SalesRep);
        var member = await ContactBuilder.Person("Już", $"Kandydat{tag}").OwnedBy(repId).SaveAsync(factory);
        var candidate = await ContactBuilder.Person("Nowy", $"Kandydat{tag}").OwnedBy(repId).SaveAsync(factory);
        var hidden = await ContactBuilder.Person("Obcy", $"Kandydat{tag}").OwnedBy(otherId).SaveAsync(factory);
        var rep = await factory.SignedInClientAsync($"adder-{tag}@test.local");
        var listId = await rep.CreateListAsync(factory, $"Kandydaci {tag}");
        (await rep.AddToListAsync(member, listId)).Dispose();
        var listPage = await rep.GetDocumentAsync(ListSteps.PageOf(listId) + "&Sort=Created");
        var returnUrl = listPage.QuerySelector("[data-testid=add-member] input[name=returnUrl]")!.GetAttribute("value")!;

        var offered = await rep.GetDocumentAsync($"/Lists/{listId}/Candidates?term=kandydat{tag}&returnUrl={Uri.EscapeDataString(returnUrl)}");
        using var added = await rep.SubmitAsync(offered, $"[data-testid=candidates] form");
        var token = await rep.AntiforgeryTokenAsync("/Lists");
        using var addedHidden = await rep.PostWithTokenAsync($"/Lists/{listId}/Members", token, ("contactId", hidden.ToString(CultureInfo.InvariantCulture)));
        using var noSuchList = await rep.PostWithTokenAsync("/Lists/987654/Members", token, ("contactId", candidate.ToString(CultureInfo.InvariantCulture)));

        Assert.Equal(ListSteps.PageOf(listId) + "&Sort=Created", returnUrl);
        Assert.Equal(["Nowy Kandydat" + tag], offered.QuerySelectorAll("[data-testid=candidates] li span").Select(s => s.TextContent));
        Assert.Equal(returnUrl, added.RedirectTarget());
        Assert.Equal(HttpStatusCode.NotFound, addedHidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noSuchList.StatusCode);
        Assert.Equal([member, candidate], (await factory.WithDbAsync(db => db.ContactListMembers.Where(m => m.ListId == listId).Select(m => m.ContactId).ToListAsync())).Order());
    }

    [Fact]
    public async Task The_creator_renames_and_deletes_a_list_and_its_contacts_stay()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        await factory.CreateUserAsync($"creator-{tag}@test.local", Roles.SalesRep);
        var creator = await factory.SignedInClientAsync($"creator-{tag}@test.local");
        var contact = await ContactBuilder.Person("Zostaje", $"Po{tag}").SaveAsync(factory);
        var listId = await creator.CreateListAsync(factory, $"Do zmiany {tag}");
        (await (await factory.SignedInClientAsync(CrmWebFactory.AdminEmail)).AddToListAsync(contact, listId)).Dispose();

        using var renamed = await creator.SubmitAsync(await creator.GetDocumentAsync($"/Lists/{listId}/Edit"), "form[data-testid=list-form]", new Dictionary<string, string?> { ["Name"] = $"Zmieniona {tag}" });
        var lists = await creator.GetDocumentAsync("/Lists");
        using var deleted = await creator.SubmitAsync(lists, $"form[action='/Lists/{listId}/Delete']");

        Assert.Equal(ListSteps.PageOf(listId), renamed.RedirectTarget());
        Assert.NotNull(lists.QuerySelector($"tr[data-list='Zmieniona {tag}']"));
        Assert.Equal("/Lists", deleted.RedirectTarget());
        Assert.False(await factory.WithDbAsync(db => db.ContactLists.AnyAsync(l => l.Id == listId)));
        Assert.True(await factory.WithDbAsync(db => db.Contacts.AnyAsync(c => c.Id == contact)));
        Assert.Equal(HttpStatusCode.NotFound, (await creator.GetAsync(new Uri($"/Lists/{listId}", UriKind.Relative))).StatusCode);
    }
}
