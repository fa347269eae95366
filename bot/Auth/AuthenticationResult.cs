namespace LeftBehind.Bot.Auth;

/// <summary>Who sent an inbound activity. <see cref="CallerId"/> is what the turn's activity carries afterwards.</summary>
internal sealed record AuthenticationResult(bool Succeeded, string? CallerId, string? AppId, bool ServiceUrlVerified, string? Failure)
{
    public static AuthenticationResult Anonymous { get; } = new(true, null, null, false, null);

    public static AuthenticationResult Fail(string reason) => new(false, null, null, false, reason);
}
