using Npgsql;

namespace LeftBehind.Archive.Storage;

/// <summary>
/// Npgsql settings for the hot path, applied to the configured connection string unless the operator set them:
/// <list type="bullet">
/// <item><c>No Reset On Close</c>: a pooled connection is not reset (<c>DISCARD ALL</c>) when it goes back to the pool.
/// A turn opens several pooled connections, and each reset was one more round trip and statement on the server (4 per
/// turn of an unbound sender, 10 per turn of the real flows). Nothing here leaves session state behind: the session
/// advisory locks (schema, trigger synchronisation, the turn lock) are released before the connection is closed (one
/// whose release failed has its pool cleared), and <c>SET LOCAL</c> ends with its transaction.</item>
/// <item><c>Max Auto Prepare</c>: statements used repeatedly become server-side prepared statements on that physical
/// connection (parsed and planned once); kept across pooled opens because of the first setting.</item>
/// <item><c>Auto Prepare Min Usages</c>: from the second use rather than Npgsql's fifth. Each of the pool's connections
/// counts uses on its own, so with a hundred of them the default left about a third of a real-flow load's statements
/// parsed again each time (a statement log of 8 s at 50 conversations: 7,337 unprepared executions, 2,279 with 2).</item>
/// <item><c>Include Failed Batched Command</c>: a failed command of a batch is named on its exception, so a turn's
/// state write through its lock can say which row was stale (the command object only; no text or value is logged).</item>
/// </list>
/// </summary>
public static class PostgresTuning
{
    public const int MaxAutoPrepare = 256;
    public const int AutoPrepareMinUsages = 2;

    public static string Apply(string connectionString)
    {
        var csb = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Mentions(connectionString, "No Reset On Close", "NoResetOnClose")) csb.NoResetOnClose = true;
        if (!Mentions(connectionString, "Max Auto Prepare", "MaxAutoPrepare")) csb.MaxAutoPrepare = MaxAutoPrepare;
        if (!Mentions(connectionString, "Auto Prepare Min Usages", "AutoPrepareMinUsages")) csb.AutoPrepareMinUsages = AutoPrepareMinUsages;
        if (!Mentions(connectionString, "Include Failed Batched Command", "IncludeFailedBatchedCommand")) csb.IncludeFailedBatchedCommand = true;
        return csb.ConnectionString;
    }

    private static bool Mentions(string connectionString, params string[] names) =>
        names.Any(n => connectionString.Contains(n, StringComparison.OrdinalIgnoreCase));
}
