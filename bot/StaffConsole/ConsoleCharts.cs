using System.IO.Compression;

namespace LeftBehind.Bot.StaffConsole;

/// <summary>
/// The dashboard's chart script (console/console-charts.js bundled with Apache ECharts at build time, next to the
/// binaries): served by us with a gzip copy made once, so a teacher's phone on a village connection loads ~185 KB.
/// </summary>
internal static class ConsoleCharts
{
    private static readonly Lazy<(byte[] Plain, byte[] Gzip)> Script = new(Load);

    public static IResult Serve(HttpContext http)
    {
        var (plain, gzip) = Script.Value;
        http.Response.Headers.CacheControl = "public, max-age=3600";
        http.Response.Headers.Vary = "Accept-Encoding";
        if (http.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase))
        {
            http.Response.Headers.ContentEncoding = "gzip";
            return Results.Bytes(gzip, "text/javascript; charset=utf-8");
        }
        return Results.Bytes(plain, "text/javascript; charset=utf-8");
    }

    private static (byte[], byte[]) Load()
    {
        var plain = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "console", "console-charts.js"));
        using var buffer = new MemoryStream();
        using (var zip = new GZipStream(buffer, CompressionLevel.SmallestSize)) zip.Write(plain);
        return (plain, buffer.ToArray());
    }
}
