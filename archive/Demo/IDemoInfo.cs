namespace LeftBehind.Archive.Demo;

/// <summary>The demo school's fixed invite codes (only when Storage:SeedDemoData is true), for the Web Chat page.</summary>
public interface IDemoInfo
{
    bool Enabled { get; }

    string SchoolName { get; }

    /// <summary>The demo school's (fictional) duty number while the demo is on; null otherwise.</summary>
    string? SchoolPhone { get; }

    IReadOnlyList<DemoInviteCode> Codes { get; }
}
