using System.Text.Json;
using LeftBehind.Bench.Channel;
using LeftBehind.Bench.Infra;

namespace LeftBehind.Bench.Load;

/// <summary>
/// <c>load</c>: one load run. Either against a running bot (<c>--bot URL</c>, optionally <c>--pid</c> to measure it) or
/// against our service started here as a separate process (<c>--service sqlite|postgres</c>). Prints one JSON report.
/// </summary>
internal static class LoadCommand
{
    public static async Task<int> RunAsync(string[] argv)
    {
        var a = new CliArgs(argv);
        var service = a.Opt("service");
        var bot = a.Opt("bot");
        var outDir = a.Str("out", Path.Combine(Path.GetTempPath(), "lb-bench-load"));
        var options = ReadOptions(a, bot ?? "http://placeholder/api/messages");
        a.RejectUnknown();
        if (service is null && bot is null) throw new ArgumentException("--bot URL or --service sqlite|postgres is required");

        LoadReport report;
        if (service is not null)
        {
            await using var sut = await ServiceUnderTest.StartAsync(service, outDir).ConfigureAwait(false);
            report = await new LoadRunner(options with { BotUrl = sut.MessagesUrl, Pid = sut.Pid, Label = options.Label.Length > 0 ? options.Label : service }, Scenario.Load(options.ScenarioName)).RunAsync().ConfigureAwait(false);
        }
        else
        {
            report = await new LoadRunner(options, Scenario.Load(options.ScenarioName)).RunAsync().ConfigureAwait(false);
        }
        Console.WriteLine(JsonSerializer.Serialize(report, JsonDefaults.Options));
        return 0;
    }

    public static LoadOptions ReadOptions(CliArgs a, string botUrl) => new()
    {
        BotUrl = botUrl,
        ScenarioName = a.Str("scenario", "parent"),
        Conversations = a.Int("conversations", 200),
        Turns = a.Int("turns", 6),
        Concurrency = a.Int("concurrency", 50),
        DurationS = a.Dbl("duration-s", 0),
        WarmupS = a.Dbl("warmup-s", 0),
        TimeoutMs = a.Int("timeout-ms", 5000),
        ExpectReplies = a.Flag("expect-replies"),
        Users = a.Int("users", 0),
        Pid = a.Opt("pid") is { } pid ? int.Parse(pid, System.Globalization.CultureInfo.InvariantCulture) : null,
        SinkLog = a.Opt("sink-log"),
        TurnLog = a.Opt("turn-log"),
        AdminKey = a.Str("admin-key", ServiceConfig.AdminKey),
        Label = a.Str("label", string.Empty),
        Quiet = a.Flag("quiet"),
    };
}
