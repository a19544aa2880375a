using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Imports;

public sealed class SavedImportMappingsTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task A_mapping_saved_again_under_its_name_is_replaced_and_only_its_owner_is_offered_it()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("mapping-rep"));
        var other = TestUser.SalesRep(await database.AddUserAsync("mapping-other"));
        await using (var db = database.Context(rep))
        {
            var mappings = new SavedImportMappings(db, rep, database.Clock);
            Assert.True((await mappings.SaveAsync("Targi", ImportEntityType.Contact, [new("Imię", ImportTargetKind.Field, ImportFields.FirstName)], CancellationToken.None)).Succeeded);
            Assert.True((await mappings.SaveAsync(" Targi ", ImportEntityType.Contact, [new("E-mail", ImportTargetKind.Field, ImportFields.Email)], CancellationToken.None)).Succeeded);
            Assert.Equal("Validation.Required", (await mappings.SaveAsync(" ", ImportEntityType.Contact, [], CancellationToken.None)).Failures[0].MessageKey);
        }

        await using var check = database.Context(rep);
        var own = await new SavedImportMappings(check, rep, database.Clock).ListAsync(ImportEntityType.Contact, CancellationToken.None);
        Assert.Equal(("Targi", "E-mail"), (own.Single().Name, own.Single().Columns.Single().Header));
        Assert.Empty(await new SavedImportMappings(check, other, database.Clock).ListAsync(ImportEntityType.Contact, CancellationToken.None));
        Assert.Empty(await new SavedImportMappings(check, rep, database.Clock).ListAsync(ImportEntityType.Lead, CancellationToken.None));
    }
}
