namespace LeftBehind.Archive.Data.HostTables;

/// <summary>directline_settings: the host's Direct Line settings (the token signing key).</summary>
internal sealed class DirectLineSettingRow
{
    public required string Name { get; set; }
    public required string Value { get; set; }
}
