using Microsoft.EntityFrameworkCore;
using SimpleCrm.Application.Data;
using SimpleCrm.Application.Tags;
using SimpleCrm.Application.Tests.Support;
using static SimpleCrm.Application.Tests.Support.ContactInputBuilder;

namespace SimpleCrm.Application.Tests.Data;

public sealed class SetBasedInsertTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Rows_a_concurrent_request_already_wrote_are_skipped_instead_of_breaking_the_key()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("insert-rep"));
        var tagged = await database.AddContactAsync(rep, APerson("Ala", "Wstawiana").OwnedBy(rep.UserId).Build());
        var untagged = await database.AddContactAsync(rep, APerson("Ola", "Wstawiana").OwnedBy(rep.UserId).Build());
        await database.TagAsync(rep, tagged, "Równoległy");
        await using var db = database.Context(rep);
        var tagId = await db.Tags.Where(t => t.NameKey == "równoległy").Select(t => t.Id).SingleAsync();

        var written = await SetBasedInsert.ForContactsAsync<ContactTag>(db, [tagged, untagged], nameof(ContactTag.ContactId), new Dictionary<string, object?>
        {
            [nameof(ContactTag.TagId)] = tagId,
            [nameof(ContactTag.TaggedAt)] = database.Clock.Now.UtcDateTime,
        }, CancellationToken.None, nameof(ContactTag.TagId));

        Assert.Equal(1, written);
        Assert.Equal([tagged, untagged], await db.ContactTags.Where(ct => ct.TagId == tagId).OrderBy(ct => ct.ContactId).Select(ct => ct.ContactId).ToListAsync());
    }
}
