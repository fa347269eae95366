using PdfSharp.Fonts;

namespace LeftBehind.Bot.StaffConsole;

/// <summary>Every font PDFsharp asks for is the system's CJK font (Debian's fonts-noto-cjk, or another CJK font found on the machine).</summary>
internal sealed class CjkFontResolver : IFontResolver
{
    public const string Family = "CJK";

    private static readonly string[] Candidates =
    [
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    ];

    private static readonly Lazy<byte[]> Bytes = new(() =>
    {
        var path = Candidates.FirstOrDefault(File.Exists) ?? throw new InvalidOperationException("no CJK font found: install fonts-noto-cjk");
        return File.ReadAllBytes(path);
    });

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(Family);

    public byte[] GetFont(string faceName) => Bytes.Value;
}
