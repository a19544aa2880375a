using System.Globalization;
using SimpleCrm.Application.Imports.Reading;

// Not "...Tests.Imports": CA1716 reserves the word (a Visual Basic keyword) in public namespaces.
namespace SimpleCrm.Application.Tests.ImportReading;

public sealed class ImportValuesTests
{
    [Theory]
    [InlineData("17.05.1980", "pl")]
    [InlineData("7.5.1980", "pl", "1980-05-07")]
    [InlineData("1980-05-17", "en")]
    [InlineData("1980-05-17", "lt")]
    [InlineData("17. 5. 1980", "sk")]
    [InlineData("17.05.1980", "ru")]
    [InlineData("5/17/1980", "en")]
    public void Dates_are_read_in_the_usual_and_the_culture_formats(string text, string culture, string expected = "1980-05-17")
    {
        var date = ImportValues.Date(ImportCell.Of(text), CultureInfo.GetCultureInfo(culture));

        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture), date.Value);
    }

    [Fact]
    public void A_spreadsheet_date_is_read_whatever_the_culture()
    {
        var date = ImportValues.Date(new ImportCell("1980-05-17T10:30:00", ImportCellKind.Date), CultureInfo.GetCultureInfo("en"));

        Assert.Equal(new DateOnly(1980, 5, 17), date.Value);
    }

    [Theory]
    [InlineData("31.02.2020")]
    [InlineData("tomorrow")]
    public void A_date_that_is_none_is_a_problem(string text)
    {
        var date = ImportValues.Date(ImportCell.Of(text), CultureInfo.GetCultureInfo("pl"));

        Assert.Equal((null, ImportReadMessages.InvalidDate), (date.Value, date.Problem));
    }

    [Theory]
    [InlineData("1 234,50")]
    [InlineData("1\u00A0234,50")]
    [InlineData("1\u202F234,50")]
    [InlineData("1.234,50")]
    [InlineData("1,234.50")]
    [InlineData("1234.5")]
    [InlineData("1234,5")]
    public void Amounts_are_read_with_either_decimal_mark_and_spaces_between_thousands(string text)
    {
        Assert.Equal(1234.5m, ImportValues.Amount(ImportCell.Of(text)).Value);
    }

    [Fact]
    public void A_million_grouped_by_commas_is_a_million()
    {
        Assert.Equal(1234567m, ImportValues.Amount(ImportCell.Of("1,234,567")).Value);
    }

    [Theory]
    [InlineData("en-US", "1,234", 1234)]
    [InlineData("pl", "1,234", 1.234)]
    [InlineData("pl", "1 234,50", 1234.5)]
    [InlineData("en-US", "1,234.50", 1234.5)]
    public void One_mark_before_three_digits_is_read_as_the_culture_writes_it(string culture, string text, double expected)
    {
        Assert.Equal((decimal)expected, ImportValues.AmountIn(ImportCell.Of(text), System.Globalization.CultureInfo.GetCultureInfo(culture)).Value);
    }

    [Fact]
    public void A_spreadsheet_number_is_read_invariantly()
    {
        Assert.Equal(48600123456m, ImportValues.Amount(new ImportCell("48600123456", ImportCellKind.Number)).Value);
    }

    [Fact]
    public void An_amount_that_is_none_is_a_problem()
    {
        Assert.Equal(ImportReadMessages.InvalidNumber, ImportValues.Amount(ImportCell.Of("12 zł")).Problem);
    }

    [Fact]
    public void A_tag_list_is_split_trimmed_and_each_tag_kept_once()
    {
        Assert.Equal(["VIP", "Kraków", "hurt"], ImportValues.Tags(ImportCell.Of("VIP; Kraków, hurt | vip")));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+48 600 123 456")]
    public void Text_is_kept_as_typed(string text)
    {
        Assert.Equal(text, ImportValues.Text(ImportCell.Of(" " + text + " ")));
    }
}
