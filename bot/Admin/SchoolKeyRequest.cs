namespace LeftBehind.Bot.Admin;

internal sealed record SchoolKeyRequest(string? School, string? Name);
