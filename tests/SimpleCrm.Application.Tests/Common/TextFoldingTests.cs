using SimpleCrm.Application.Common;

namespace SimpleCrm.Application.Tests.Common;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Łódź", "lodz")]
    [InlineData("Żółkiewska", "zolkiewska")]
    [InlineData("Šarūnas Balčiūnaitė", "sarunas balciunaite")]
    [InlineData("Ďurovič Ľubomír", "durovic lubomir")]
    [InlineData("  Straße ", "strasse")]
    public void Folding_removes_case_and_diacritics(string text, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(text));

    [Theory]
    [InlineData("Дмитрий Соколов", "дмитрий соколов")]
    [InlineData("Йошкар-Ола", "йошкар-ола")]
    [InlineData("Ёлкин", "елкин")]
    public void Folding_keeps_Cyrillic_letters_and_their_short_i(string text, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(text));

    [Fact]
    public void Digits_keeps_only_the_digits_of_a_phone_number() =>
        Assert.Equal("48601234567", TextFolding.Digits("+48 (601) 234-567"));

    [Fact]
    public void A_like_pattern_escapes_the_wildcards_a_user_types() =>
        Assert.Equal("%50\\%\\_off%", LikePattern.Contains("50%_off"));
}
