namespace LeftBehind.Archive.Services;

/// <summary>Either the invite, or a Chinese message with whether the request was malformed or named nobody on file.</summary>
public sealed record InviteRequestResult(InviteCode? Invite, string? Error, bool NotFound);
