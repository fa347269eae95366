namespace LeftBehind.Bot.Phone;

/// <summary>The provider refused the send (its error code says why); nothing went out.</summary>
internal sealed class PhoneSendRejectedException(string code, string message) : Exception($"{code}: {message}")
{
    public string Code { get; } = code;
}
