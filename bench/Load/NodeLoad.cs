using System.Diagnostics;
using System.Text.Json;

namespace LeftBehind.Bench.Load;

/// <summary>Runs the peer's own load generator (peers/load/run.js) against a bot: the cross-check of our simulator.</summary>
internal static class NodeLoad
{
    public static async Task<JsonElement?> RunAsync(string peersDir, string botUrl, int concurrency, double durationS, int conversations, int turns, bool expectReplies, string? texts)
    {
        var psi = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var x in new[] { Path.Combine(peersDir, "load", "run.js"), "--bot", botUrl, "--conversations", conversations.ToString(System.Globalization.CultureInfo.InvariantCulture), "--turns", turns.ToString(System.Globalization.CultureInfo.InvariantCulture), "--concurrency", concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture), "--duration-s", durationS.ToString(System.Globalization.CultureInfo.InvariantCulture), "--quiet", "--reply-type", "message" })
            psi.ArgumentList.Add(x);
        if (expectReplies) psi.ArgumentList.Add("--expect-replies");
        if (texts is not null)
        {
            psi.ArgumentList.Add("--texts");
            psi.ArgumentList.Add(texts);
        }
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("node could not start");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(durationS + 120));
        try
        {
            await p.WaitForExitAsync(cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            p.Kill();
            return null;
        }
        var line = (await stdout.ConfigureAwait(false)).Trim().Split('\n').LastOrDefault();
        if (string.IsNullOrEmpty(line))
        {
            Console.Error.WriteLine("[node] run.js printed nothing: " + await stderr.ConfigureAwait(false));
            return null;
        }
        using var doc = JsonDocument.Parse(line);
        return doc.RootElement.Clone();
    }
}
