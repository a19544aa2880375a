using SimpleCrm.Application.Contacts;
using SimpleCrm.Application.Tests.Support;
using static SimpleCrm.Application.Tests.Support.ContactInputBuilder;

namespace SimpleCrm.Application.Tests.Contacts;

/// <summary>The contact list: fragment search, visibility, sorting and paging against real SQLite.</summary>
public sealed class ContactQueriesTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TestDatabase _database;
    private TestUser _rep = null!;
    private TestUser _otherRep = null!;
    private TestUser _manager = null!;

    public ContactQueriesTests(TestDatabase database) => _database = database;

    public async Task InitializeAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        _rep = TestUser.SalesRep(await _database.AddUserAsync("rep-" + suffix));
        _otherRep = TestUser.SalesRep(await _database.AddUserAsync("other-" + suffix));
        _manager = TestUser.Manager(await _database.AddUserAsync("manager-" + suffix));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("lodz")]
    [InlineData("ŁÓDŹ")]
    [InlineData("zolkiew")]
    [InlineData("ZOLK")]
    [InlineData("lucja.z@exam")]
    [InlineData("601 234")]
    [InlineData("+48 601-234-567")]
    public async Task Any_fragment_of_name_city_email_or_phone_finds_the_contact_ignoring_case_and_accents(string fragment)
    {
        var id = await _database.AddContactAsync(_rep, APerson("Łucja", "Żółkiewska").With(i => i.City = "Łódź")
            .WithEmails("lucja.z@example.pl").WithPhones("601 234 567").OwnedBy(_rep.UserId).Build());

        var page = await ListAsync(_rep, new ContactListQuery { Search = fragment, ResponsibleUserId = _rep.UserId });

        Assert.Contains(page.Items, c => c.Id == id);
    }

    [Fact]
    public async Task Cyrillic_names_are_found_by_a_lower_case_fragment()
    {
        var id = await _database.AddContactAsync(_rep, APerson("Дмитрий", "Соколов").OwnedBy(_rep.UserId).Build());

        var page = await ListAsync(_rep, new ContactListQuery { Search = "сокол" });

        Assert.Contains(page.Items, c => c.Id == id);
    }

    [Fact]
    public async Task Search_wildcards_typed_by_the_user_match_literally()
    {
        await _database.AddContactAsync(_rep, APerson("Percent", "Person").OwnedBy(_rep.UserId).Build());

        var page = await ListAsync(_rep, new ContactListQuery { Search = "%" });

        Assert.Empty(page.Items);
    }

    [Fact]
    public async Task A_sales_rep_sees_only_their_own_contacts_and_a_manager_sees_all()
    {
        var mine = await _database.AddContactAsync(_rep, APerson("Moja", "Widoczna").OwnedBy(_rep.UserId).Build());
        var theirs = await _database.AddContactAsync(_otherRep, APerson("Obca", "Ukryta").OwnedBy(_otherRep.UserId).Build());

        var repPage = await ListAsync(_rep, new ContactListQuery { PageSize = 100 });
        var repSearch = await ListAsync(_rep, new ContactListQuery { Search = "ukryta" });
        var managerPage = await ListAsync(_manager, new ContactListQuery { Search = "ukryta" });

        Assert.Contains(repPage.Items, c => c.Id == mine);
        Assert.DoesNotContain(repPage.Items, c => c.Id == theirs);
        Assert.Empty(repSearch.Items);
        Assert.Contains(managerPage.Items, c => c.Id == theirs);
        await using var db = _database.Context(_rep);
        Assert.Null(await TestDatabase.Queries(db, _rep).GetProfileAsync(theirs, None));
        Assert.Null(await TestDatabase.Queries(db, _rep).GetForEditAsync(theirs, None));
    }

    [Fact]
    public async Task Sorting_by_company_orders_by_the_folded_name_so_accented_letters_sort_with_their_base_letter()
    {
        foreach (var company in new[] { "Zeta", "Łukasiewicz", "Alfa", "Mazowsze" })
        {
            await _database.AddContactAsync(_otherRep, ACompany(company).OwnedBy(_otherRep.UserId).Build());
        }

        var ascending = await ListAsync(_otherRep, new ContactListQuery { Sort = ContactSort.Company });
        var descending = await ListAsync(_otherRep, new ContactListQuery { Sort = ContactSort.Company, Descending = true });

        Assert.Equal(["Alfa", "Łukasiewicz", "Mazowsze", "Zeta"], ascending.Items.Select(c => c.DisplayName));
        Assert.Equal(["Zeta", "Mazowsze", "Łukasiewicz", "Alfa"], descending.Items.Select(c => c.DisplayName));
    }

    [Fact]
    public async Task Pages_follow_each_other_without_gaps_and_a_page_past_the_end_shows_the_last_page()
    {
        var owner = TestUser.SalesRep(await _database.AddUserAsync("pager-" + Guid.NewGuid().ToString("N")[..6]));
        for (var i = 0; i < 60; i++)
        {
            await _database.AddContactAsync(owner, APerson("Osoba", $"Numer{i:00}").OwnedBy(owner.UserId).Build());
        }

        var first = await ListAsync(owner, new ContactListQuery { Page = 1 });
        var second = await ListAsync(owner, new ContactListQuery { Page = 2 });
        var beyond = await ListAsync(owner, new ContactListQuery { Page = 99 });

        Assert.Equal((60, 3, 25), (first.TotalCount, first.PageCount, first.Items.Count));
        Assert.Equal("Osoba Numer25", second.Items[0].DisplayName);
        Assert.Equal(3, beyond.PageNumber);
        Assert.Equal(10, beyond.Items.Count);
        Assert.Empty(first.Items.Select(c => c.Id).Intersect(second.Items.Select(c => c.Id)));
    }

    [Fact]
    public async Task Filtering_by_kind_shows_only_people_or_only_companies()
    {
        await _database.AddContactAsync(_rep, ACompany("Tylko Firma").OwnedBy(_rep.UserId).Build());
        await _database.AddContactAsync(_rep, APerson("Tylko", "Osoba").OwnedBy(_rep.UserId).Build());

        var companies = await ListAsync(_rep, new ContactListQuery { Kind = ContactKind.Company, Search = "tylko" });

        Assert.Equal(["Tylko Firma"], companies.Items.Select(c => c.DisplayName));
    }

    private async Task<SimpleCrm.Application.Common.Page<ContactListItem>> ListAsync(TestUser user, ContactListQuery query)
    {
        await using var db = _database.Context(user);
        return await TestDatabase.Queries(db, user).ListAsync(query, None);
    }
}
