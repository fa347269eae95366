namespace LeftBehind.Bench.Infra;

/// <summary>Where the repository, the built service and the JS peer are (overridable by options).</summary>
internal static class RepoPaths
{
    /// <summary>The repository root: the first parent of the working directory (or of the bench binary) holding the solution.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The built service; <c>LB_SERVICE_DLL</c> points at another build (a saved "before" build for A/B runs).</summary>
    public static string ServiceDll => Environment.GetEnvironmentVariable("LB_SERVICE_DLL") ?? Path.Combine(Root, "bot", "bin", "Release", "net10.0", "LeftBehind.Bot.dll");

    /// <summary>A writable copy of ../shared/peers with jsbot's node_modules installed (scripts/bench/peers.sh makes it).</summary>
    public static string PeersDir => Environment.GetEnvironmentVariable("LB_PEERS_DIR") ?? "/tmp/peers";

    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
            {
                if (File.Exists(Path.Combine(d.FullName, "LeftBehind.Bot.sln"))) return d.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }
}
