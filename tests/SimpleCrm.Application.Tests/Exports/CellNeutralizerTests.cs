using SimpleCrm.Application.Exports;

namespace SimpleCrm.Application.Tests.Exports;

public sealed class CellNeutralizerTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")")]
    [InlineData("+48 601 234 567")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    [InlineData("\0=1")]
    public void A_value_starting_with_a_dangerous_character_gets_a_single_quote_in_front(string value)
    {
        var neutralized = CellNeutralizer.Neutralize(value);

        Assert.Equal("'" + value, neutralized);
    }

    [Theory]
    [InlineData("Łucja Żółkiewska")]
    [InlineData("anna@example.pl")]
    [InlineData("601 = 602")]
    [InlineData("'already quoted")]
    [InlineData(" =leading space")]
    public void A_harmless_value_is_left_as_it_is(string value)
    {
        var neutralized = CellNeutralizer.Neutralize(value);

        Assert.Equal(value, neutralized);
    }

    [Fact]
    public void A_missing_value_becomes_an_empty_cell()
    {
        var neutralized = CellNeutralizer.Neutralize(null);

        Assert.Equal(string.Empty, neutralized);
    }
}
