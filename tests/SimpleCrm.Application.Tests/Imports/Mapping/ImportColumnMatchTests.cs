using SimpleCrm.Application.CustomFields;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Imports.Mapping;
using SimpleCrm.Application.Tests.Support;

namespace SimpleCrm.Application.Tests.Imports.Mapping;

/// <summary>
/// The header auto-match: headers in each UI language and their aliases, saved mappings first, custom
/// fields by label, never one single-value field twice. The field names are what the web side gives
/// (each field's title in the five languages plus aliases); a few of them are enough here.
/// </summary>
public sealed class ImportColumnMatchTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly Dictionary<string, IReadOnlyList<string>> Names = new()
    {
        [ImportFields.FirstName] = ["First name", "Imię", "Vardas", "Meno", "Имя"],
        [ImportFields.LastName] = ["Last name", "Nazwisko", "Pavardė", "Priezvisko", "Фамилия", "surname"],
        [ImportFields.CompanyName] = ["Company", "Firma", "Įmonė", "Компания"],
        [ImportFields.Email] = ["Email", "E-mail", "El. paštas", "Эл. почта", "email address", "mail"],
        [ImportFields.Phone] = ["Phone", "Telefon", "Telefonas", "Telefón", "Телефон", "mobile"],
        [ImportFields.City] = ["City", "Miasto", "Miestas", "Mesto", "Город"],
        [ImportFields.Notes] = ["Notes", "Notatki", "uwagi"],
    };

    private static readonly ImportMappingTargets Contacts = new(ImportEntityType.Contact, ImportFields.Contact, [], []);

    [Theory]
    [InlineData("Imię;Nazwisko;E-mail;Telefon;Miasto")]
    [InlineData("Vardas;Pavardė;El. paštas;Telefonas;Miestas")]
    [InlineData("Meno;Priezvisko;E-mail;Telefón;Mesto")]
    [InlineData("Имя;Фамилия;Эл. почта;Телефон;Город")]
    [InlineData("First name;Last name;Email;Phone;City")]
    public void Headers_in_each_language_map_to_their_fields(string headers)
    {
        var columns = ImportColumnMatch.Match(headers.Split(';'), Contacts, Names);

        Assert.Equal([ImportFields.FirstName, ImportFields.LastName, ImportFields.Email, ImportFields.Phone, ImportFields.City], columns.Select(c => c.FieldKey));
        Assert.All(columns, c => Assert.Equal(ImportTargetKind.Field, c.Target));
        Assert.Equal([0, 1, 2, 3, 4], columns.Select(c => c.Index));
    }

    [Theory]
    [InlineData("E-MAIL ADDRESS", ImportFields.Email)]
    [InlineData("  imie ", ImportFields.FirstName)]
    [InlineData("Uwagi:", ImportFields.Notes)]
    [InlineData("Mobile", ImportFields.Phone)]
    [InlineData("SURNAME", ImportFields.LastName)]
    [InlineData("el.paštas", ImportFields.Email)]
    public void Aliases_match_whatever_their_case_diacritics_spaces_and_punctuation(string header, string field)
    {
        var column = ImportColumnMatch.Match([header], Contacts, Names).Single();

        Assert.Equal((ImportTargetKind.Field, field), (column.Target, column.FieldKey));
    }

    [Fact]
    public void An_unknown_header_and_a_field_the_entity_lacks_stay_ignored()
    {
        var columns = ImportColumnMatch.Match(["Ulubiony kolor", "Estimated amount"], Contacts,
            new Dictionary<string, IReadOnlyList<string>>(Names) { [ImportFields.EstimatedAmount] = ["Estimated amount"] });

        Assert.All(columns, c => Assert.Equal(ImportTargetKind.Ignored, c.Target));
    }

    [Fact]
    public void A_single_value_field_goes_to_its_first_column_only_while_repeatable_ones_take_every_column()
    {
        var columns = ImportColumnMatch.Match(["Imię", "First name", "E-mail", "Email address", "Telefon", "Mobile"], Contacts, Names);

        Assert.Equal(
            [ImportTargetKind.Field, ImportTargetKind.Ignored, ImportTargetKind.Field, ImportTargetKind.Field, ImportTargetKind.Field, ImportTargetKind.Field],
            columns.Select(c => c.Target));
        Assert.Equal([ImportFields.Email, ImportFields.Email, ImportFields.Phone, ImportFields.Phone], columns.Skip(2).Select(c => c.FieldKey));
    }

    [Fact]
    public void A_saved_mapping_wins_over_the_names_and_the_chosen_one_over_the_others()
    {
        var older = new SavedImportMappingItem(1, "Stary", [new("Telefon", ImportTargetKind.Note), new("Miasto", ImportTargetKind.Ignored)]);
        var chosen = new SavedImportMappingItem(2, "Targi", [new("telefon", ImportTargetKind.Field, ImportFields.Phone), new("Kod", ImportTargetKind.Field, ImportFields.PostalCode)]);
        var targets = Contacts with { SavedMappings = [older, chosen] };

        var withChoice = ImportColumnMatch.Match(["Imię", "Telefon", "Miasto", "Kod"], targets, Names, savedMappingId: 2);
        var withoutChoice = ImportColumnMatch.Match(["Imię", "Telefon", "Miasto", "Kod"], targets, Names);

        Assert.Equal([ImportTargetKind.Field, ImportTargetKind.Field, ImportTargetKind.Ignored, ImportTargetKind.Field], withChoice.Select(c => c.Target));
        Assert.Equal([ImportFields.FirstName, ImportFields.Phone, null, ImportFields.PostalCode], withChoice.Select(c => c.FieldKey));
        Assert.Equal(ImportTargetKind.Note, withoutChoice[1].Target);
    }

    [Fact]
    public void A_saved_column_whose_field_is_gone_falls_back_to_the_names()
    {
        var saved = new SavedImportMappingItem(1, "Stary", [new("Telefon", ImportTargetKind.CustomField, CustomFieldId: 999), new("Imię", ImportTargetKind.Field, "Nickname")]);

        var columns = ImportColumnMatch.Match(["Imię", "Telefon"], Contacts with { SavedMappings = [saved] }, Names);

        Assert.Equal([ImportFields.FirstName, ImportFields.Phone], columns.Select(c => c.FieldKey));
    }

    [Fact]
    public void A_custom_field_matches_by_its_label_once_and_after_the_system_fields()
    {
        var targets = Contacts with { CustomFields = [new ImportCustomFieldTarget(7, "Liczba pracowników", false), new ImportCustomFieldTarget(8, "Firma", false)] };

        var columns = ImportColumnMatch.Match(["liczba  pracownikow", "Firma", "Liczba pracowników"], targets, Names);

        Assert.Equal((ImportTargetKind.CustomField, 7), (columns[0].Target, columns[0].CustomFieldId));
        Assert.Equal((ImportTargetKind.Field, ImportFields.CompanyName), (columns[1].Target, columns[1].FieldKey));
        Assert.Equal(ImportTargetKind.Ignored, columns[2].Target);
    }

    [Fact]
    public async Task The_targets_offer_the_entitys_active_custom_fields_except_files_and_the_users_own_saved_mappings()
    {
        var rep = TestUser.SalesRep(await database.AddUserAsync("match-rep"));
        var other = TestUser.SalesRep(await database.AddUserAsync("match-other"));
        await using var db = database.Context(rep);
        db.CustomFields.AddRange(
            Field("NIP klienta", CustomFieldRecordType.Contact, CustomFieldType.Text),
            Field("Umowa (skan)", CustomFieldRecordType.Contact, CustomFieldType.File),
            Field("Stare pole", CustomFieldRecordType.Contact, CustomFieldType.Text, archived: true),
            Field("Budżet leada", CustomFieldRecordType.Lead, CustomFieldType.Number));
        await db.SaveChangesAsync();
        await new SavedImportMappings(db, rep, database.Clock).SaveAsync("Moje", ImportEntityType.Contact, [new("NIP", ImportTargetKind.Note)], CancellationToken.None);
        await new SavedImportMappings(db, other, database.Clock).SaveAsync("Cudze", ImportEntityType.Contact, [], CancellationToken.None);

        var targets = await new ImportMappingQueries(database.CustomFieldEditor(db, rep), new SavedImportMappings(db, rep, database.Clock))
            .TargetsAsync(ImportEntityType.Contact, CancellationToken.None);

        Assert.Equal(["NIP klienta"], targets.CustomFields.Select(f => f.Label));
        Assert.Equal(["Moje"], targets.SavedMappings.Select(m => m.Name));
        Assert.Equal(ImportFields.Contact, targets.Fields);
    }

    [Fact]
    public void The_rules_refuse_a_mapping_without_a_name_a_field_twice_and_a_target_not_offered()
    {
        var targets = Contacts with { CustomFields = [new ImportCustomFieldTarget(7, "NIP", false)] };
        ImportColumn[] twice = [new(0, ImportTargetKind.Field, ImportFields.City), new(1, ImportTargetKind.Field, ImportFields.City), new(2, ImportTargetKind.CustomField, CustomFieldId: 7), new(3, ImportTargetKind.CustomField, CustomFieldId: 7)];
        ImportColumn[] fine = [new(0, ImportTargetKind.Field, ImportFields.LastName), new(1, ImportTargetKind.Field, ImportFields.Email), new(2, ImportTargetKind.Field, ImportFields.Email), new(3, ImportTargetKind.Note)];

        var refused = ImportMappingRules.Check(twice, targets);
        var unknown = ImportMappingRules.Check([new(0, ImportTargetKind.Field, ImportFields.FirstName), new(1, ImportTargetKind.CustomField, CustomFieldId: 99)], targets);

        Assert.Equal(
            [(ImportMappingMessages.MappedTwice, "f:City"), (ImportMappingMessages.MappedTwice, "c:7"), (ImportMessages.NameNotMapped, ImportMappingRules.Field)],
            refused.Select(f => (f.MessageKey, f.Field)));
        Assert.Equal([ImportMappingMessages.UnknownTarget], unknown.Select(f => f.MessageKey));
        Assert.Empty(ImportMappingRules.Check(fine, targets));
    }

    private static CustomField Field(string label, CustomFieldRecordType recordType, CustomFieldType type, bool archived = false) =>
        new() { RecordType = recordType, Label = label, LabelKey = CustomField.KeyOf(label), Type = type, IsArchived = archived, Position = 1 };
}
