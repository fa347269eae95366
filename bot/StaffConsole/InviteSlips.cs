using LeftBehind.Archive.Binding;
using LeftBehind.Archive.Staff;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using QRCoder;

namespace LeftBehind.Bot.StaffConsole;

/// <summary>
/// Printable invite slips: one A4 page per family (child), each parent's and guardian's code in large type with a QR
/// code of the chat's address (the code is typed or spoken as printed). Chinese text needs a CJK font: fonts-noto-cjk.
/// </summary>
internal sealed class InviteSlips
{
    static InviteSlips()
    {
        GlobalFontSettings.FontResolver ??= new CjkFontResolver();
    }

    public static string Display(string code) => InviteCodes.Format(code);

    /// <summary>
    /// The QR code's address: the chat page with the code in the fragment, which the page redeems and then removes from
    /// the address bar; a fragment never reaches a server's log or another site's Referer.
    /// </summary>
    public static string SlipUrl(string chatUrl, string code) => chatUrl + "#code=" + Uri.EscapeDataString(code);

    public byte[] Render(string school, IReadOnlyList<InviteRow> invites, string chatUrl)
    {
        using var document = new PdfDocument();
        document.Info.Title = ConsoleText.Get("SlipTitle");
        var title = new XFont(CjkFontResolver.Family, 20);
        var body = new XFont(CjkFontResolver.Family, 12);
        var codeFont = new XFont(CjkFontResolver.Family, 26);
        foreach (var family in invites.GroupBy(i => i.ChildId))
        {
            var page = document.AddPage();
            page.Width = XUnit.FromMillimeter(210);
            page.Height = XUnit.FromMillimeter(297);
            using var g = XGraphics.FromPdfPage(page);
            var first = family.First();
            double y = 60;
            g.DrawString(ConsoleText.Get("SlipTitle"), title, XBrushes.Black, new XPoint(50, y));
            y += 28;
            g.DrawString(school + "  " + first.ClassName + "  " + first.ChildName, body, XBrushes.Black, new XPoint(50, y));
            y += 22;
            g.DrawString(ConsoleText.Get("SlipHow"), body, XBrushes.Black, new XPoint(50, y));
            y += 30;
            foreach (var invite in family)
            {
                g.DrawRectangle(XPens.Gray, 45, y - 5, page.Width.Point - 90, 150);
                g.DrawString(ConsoleText.Get("Invite" + invite.Role) + "  " + invite.PersonName, body, XBrushes.Black, new XPoint(60, y + 20));
                g.DrawString(Display(invite.Code), codeFont, XBrushes.Black, new XPoint(60, y + 65));
                g.DrawString(ConsoleText.Get("InviteExpires", invite.ExpiresAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd")), body, XBrushes.Black, new XPoint(60, y + 95));
                g.DrawString(chatUrl, body, XBrushes.Black, new XPoint(60, y + 120));
                DrawQr(g, Qr(SlipUrl(chatUrl, invite.Code)), page.Width.Point - 190, y + 5, 130);
                y += 165;
                if (y > page.Height.Point - 170) break;
            }
        }
        if (document.PageCount == 0) document.AddPage();
        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    /// <summary>The QR code's modules (with QRCoder's quiet zone) as a matrix; drawn as vector squares, sharp at any print size.</summary>
    private static bool[][] Qr(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return data.ModuleMatrix.Select(row => Enumerable.Range(0, row.Length).Select(i => row[i]).ToArray()).ToArray();
    }

    private static void DrawQr(XGraphics g, bool[][] modules, double x, double y, double size)
    {
        var cell = size / modules.Length;
        for (var r = 0; r < modules.Length; r++)
        {
            for (var c = 0; c < modules[r].Length; c++)
            {
                if (modules[r][c]) g.DrawRectangle(XBrushes.Black, x + c * cell, y + r * cell, cell + 0.05, cell + 0.05);
            }
        }
    }
}
