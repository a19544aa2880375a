using System.Text;

namespace SimpleCrm.Application.Imports.Reading;

/// <summary>
/// The encodings a text import may be in: Unicode, and the Windows code pages Excel writes in our users'
/// countries. .NET only knows the code pages once their provider is registered, done here once.
/// </summary>
public static class ImportEncodings
{
    public const int Utf8 = 65001;
    public const int Utf16LittleEndian = 1200;
    public const int Utf16BigEndian = 1201;

    /// <summary>Central European (pl, cs, sk), Cyrillic, Western, Baltic: the order the guess tries them in.</summary>
    public static IReadOnlyList<int> WindowsCodePages { get; } = [1250, 1251, 1252, 1257];

    public static IReadOnlyList<int> Supported { get; } = [Utf8, Utf16LittleEndian, Utf16BigEndian, .. WindowsCodePages];

    static ImportEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static bool IsSupported(int codePage) => Supported.Contains(codePage);

    /// <summary>The encoding of a supported code page; undecodable bytes become U+FFFD instead of throwing.</summary>
    public static Encoding Get(int codePage) => codePage switch
    {
        Utf8 => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Utf16LittleEndian => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
        Utf16BigEndian => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
        _ => Encoding.GetEncoding(codePage),
    };
}
