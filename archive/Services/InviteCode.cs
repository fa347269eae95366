using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

public sealed record InviteCode(string Code, DateTimeOffset ExpiresAt, int PersonId, InviteRole Role);
