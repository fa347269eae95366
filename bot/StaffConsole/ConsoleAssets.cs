namespace LeftBehind.Bot.StaffConsole;

/// <summary>The console's one stylesheet, embedded (StaffConsole/console.css) and served by us: no CDN.</summary>
internal static class ConsoleAssets
{
    public static string Css { get; } = Read("console.css");

    private static string Read(string name)
    {
        using var stream = typeof(ConsoleAssets).Assembly.GetManifestResourceStream("LeftBehind.Bot.StaffConsole." + name)
            ?? throw new InvalidOperationException(name + " is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
