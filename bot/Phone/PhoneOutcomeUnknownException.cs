namespace LeftBehind.Bot.Phone;

/// <summary>The request may have reached the provider but its answer was lost (timeout, dropped connection): never resend blindly.</summary>
internal sealed class PhoneOutcomeUnknownException(string message, Exception? inner = null) : Exception(message, inner);
