using SimpleCrm.Application.Files;

namespace SimpleCrm.Application.Tests.Files;

/// <summary>The upload allow-list: a type is taken only when the extension is listed and the content matches it.</summary>
public sealed class FileTypesTests
{
    public static TheoryData<string, byte[], string?> Samples => new()
    {
        { ".pdf", SampleFiles.Pdf, "application/pdf" },
        { ".PDF", SampleFiles.Pdf, "application/pdf" },
        { ".pdf", SampleFiles.Exe, null },
        { ".png", SampleFiles.Png, "image/png" },
        { ".png", SampleFiles.Jpeg, null },
        { ".jpg", SampleFiles.Jpeg, "image/jpeg" },
        { ".jpeg", SampleFiles.Jpeg, "image/jpeg" },
        { ".gif", SampleFiles.Gif, "image/gif" },
        { ".webp", SampleFiles.Webp, "image/webp" },
        { ".docx", SampleFiles.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { ".xlsx", SampleFiles.Xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
        { ".xlsx", SampleFiles.Docx, null },
        { ".docx", SampleFiles.PlainZip, null },
        { ".odt", SampleFiles.Odt, "application/vnd.oasis.opendocument.text" },
        { ".odt", SampleFiles.Docx, null },
        { ".doc", SampleFiles.Ole, "application/msword" },
        { ".xls", SampleFiles.Ole, "application/vnd.ms-excel" },
        { ".doc", SampleFiles.Exe, null },
        { ".txt", SampleFiles.Text, "text/plain" },
        { ".csv", SampleFiles.Text, "text/csv" },
        { ".txt", SampleFiles.TextWithNul, null },
        { ".csv", SampleFiles.NotUtf8, null },
        { ".txt", SampleFiles.Exe, null },
        { ".exe", SampleFiles.Exe, null },
        { ".html", SampleFiles.Text, null },
        { ".svg", SampleFiles.Text, null },
        { ".zip", SampleFiles.PlainZip, null },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_file_is_recognised_only_when_its_content_matches_its_extension(string extension, byte[] content, string? expected)
    {
        using var stream = new MemoryStream(content);

        Assert.Equal(expected, FileTypes.Detect(stream, extension));
        Assert.Equal(0, stream.Position);
    }

    [Theory]
    [InlineData("../../etc/passwd.txt", "passwd.txt")]
    [InlineData("C:\\Users\\jan\\Oferta \"2026\".pdf", "Oferta _2026_.pdf")]
    [InlineData("  .hidden.pdf ", "hidden.pdf")]
    [InlineData("umowa\r\nSet-Cookie: x.pdf", "umowa__Set-Cookie_ x.pdf")]
    [InlineData("", "")]
    public void An_uploaded_name_keeps_only_its_last_segment_without_control_or_reserved_characters(string name, string expected) =>
        Assert.Equal(expected, FileNames.Clean(name));

    [Fact]
    public void A_name_too_long_is_cut_keeping_its_extension()
    {
        var cleaned = FileNames.Clean(new string('ą', 300) + ".pdf");

        Assert.Equal(RecordFile.FileNameMaxLength, cleaned.Length);
        Assert.EndsWith(".pdf", cleaned, StringComparison.Ordinal);
    }
}
