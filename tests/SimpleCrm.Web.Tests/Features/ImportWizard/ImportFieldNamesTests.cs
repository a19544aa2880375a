using Microsoft.Extensions.DependencyInjection;
using SimpleCrm.Application.Imports;
using SimpleCrm.Application.Imports.Mapping;
using SimpleCrm.TestSupport;
using SimpleCrm.Web.Features.ImportWizard;

namespace SimpleCrm.Web.Tests.Features.ImportWizard;

/// <summary>The names the web side gives the auto-match: each field's title in all five languages and the resx aliases, whatever the user's own language.</summary>
public sealed class ImportFieldNamesTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public void Headers_of_every_language_and_the_aliases_map_whatever_the_ui_language(string uiCulture)
    {
        string[] headers = ["Imię", "Pavardė", "El. paštas", "Телефон", "E-mail", "Miasto", "Mobile", "Kod pocztowy", "Uwagi", "Ulubiony kolor"];
        var current = System.Globalization.CultureInfo.CurrentUICulture;
        IReadOnlyList<ImportColumn> columns;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo(uiCulture);
            using var scope = factory.Services.CreateScope();
            var names = scope.ServiceProvider.GetRequiredService<ImportFieldNames>().For(ImportEntityType.Contact);
            columns = ImportColumnMatch.Match(headers, new ImportMappingTargets(ImportEntityType.Contact, ImportFields.Contact, [], []), names);
            Assert.Equal(uiCulture, System.Globalization.CultureInfo.CurrentUICulture.Name);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = current;
        }

        Assert.Equal(
            [ImportFields.FirstName, ImportFields.LastName, ImportFields.Email, ImportFields.Phone, ImportFields.Email, ImportFields.City, ImportFields.Phone, ImportFields.PostalCode, ImportFields.Notes, null],
            columns.Select(c => c.FieldKey));
    }
}
