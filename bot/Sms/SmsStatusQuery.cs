namespace LeftBehind.Bot.Sms;

/// <summary>Which message to look up: the number, our reference (SessionContext / OutId), the provider's id if learned, and when it was sent.</summary>
internal sealed record SmsStatusQuery(string Phone, string Reference, string? ProviderId, DateTimeOffset SentAt);
