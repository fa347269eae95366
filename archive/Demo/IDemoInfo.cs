namespace LeftBehind.Archive.Demo;

/// <summary>The demo school's fixed invite codes (only when Storage:SeedDemoData is true), for the Web Chat page.</summary>
public interface IDemoInfo
{
    bool Enabled { get; }

    string SchoolName { get; }

    IReadOnlyList<DemoInviteCode> Codes { get; }
}
