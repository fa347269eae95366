namespace LeftBehind.Dialogs.State;

public static class ETags
{
    public const string Any = "*";

    public static string New() => Guid.NewGuid().ToString("n");

    /// <summary>The one rule every storage applies before a write.</summary>
    public static bool Allows(string? stored, string? incoming) =>
        incoming == Any || (stored is null ? incoming is null : string.Equals(stored, incoming, StringComparison.Ordinal));
}
