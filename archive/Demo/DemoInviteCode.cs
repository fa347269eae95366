namespace LeftBehind.Archive.Demo;

/// <summary>A fixed demo invite: who it binds you as (Chinese description for the Web Chat page).</summary>
public sealed record DemoInviteCode(string Code, string Role, string Description);
