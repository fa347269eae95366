namespace LeftBehind.Bot.Phone;

/// <summary>
/// Who may post receipts and replies. The providers' HTTP callbacks carry no signature of their own, so a callback is
/// accepted only with the shared secret in the URL (<c>?token=</c>) and/or from a listed address; with neither
/// configured every callback is refused (fails closed).
/// </summary>
public sealed class CallbackOptions
{
    public string? SharedSecret { get; set; }

    public List<string> AllowedAddresses { get; set; } = [];
}
