namespace LeftBehind.Bot.DirectLine;

/// <summary>Who is calling the Direct Line API: the secret holder (any conversation), a token holder (one), or nobody.</summary>
internal sealed record DirectLineCaller(bool IsSecret, DirectLineToken? Token, int? FailureStatus, string? FailureCode)
{
    public static DirectLineCaller Secret { get; } = new(true, null, null, null);

    public static DirectLineCaller Anonymous { get; } = new(false, null, null, null);

    public bool Failed => FailureStatus is not null;

    public bool MayUse(string conversationId) => IsSecret || (Token is not null && string.Equals(Token.ConversationId, conversationId, StringComparison.Ordinal));
}
