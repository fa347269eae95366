using PdfSharp.Fonts;

namespace LeftBehind.Bot.StaffConsole;

/// <summary>
/// Every font PDFsharp asks for is the system's CJK font. PDFsharp reads TrueType outlines only, so Debian's
/// fonts-droid-fallback (DroidSansFallbackFull.ttf) is used: fonts-noto-cjk ships CFF outlines in collections, which
/// PDFsharp 6.2 cannot read (it fails inside OpenTypeFontFace). scripts/install-test-deps.sh installs the font.
/// </summary>
internal sealed class CjkFontResolver : IFontResolver
{
    public const string Family = "CJK";

    private static readonly string[] Candidates =
    [
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    ];

    private static readonly Lazy<byte[]> Bytes = new(() =>
    {
        var path = Candidates.FirstOrDefault(File.Exists) ?? throw new InvalidOperationException("no CJK font found: install fonts-droid-fallback");
        return File.ReadAllBytes(path);
    });

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(Family);

    public byte[] GetFont(string faceName) => Bytes.Value;
}
