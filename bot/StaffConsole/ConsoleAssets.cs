namespace LeftBehind.Bot.StaffConsole;

/// <summary>The console's stylesheet and print script, embedded (StaffConsole/) and served by us: no CDN.</summary>
internal static class ConsoleAssets
{
    public static string Css { get; } = Read("console.css");

    /// <summary>Wires the print buttons (<c>data-print</c>): the page policy allows no inline handler.</summary>
    public static string PrintScript { get; } = Read("console-print.js");

    private static string Read(string name)
    {
        using var stream = typeof(ConsoleAssets).Assembly.GetManifestResourceStream("LeftBehind.Bot.StaffConsole." + name)
            ?? throw new InvalidOperationException(name + " is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
