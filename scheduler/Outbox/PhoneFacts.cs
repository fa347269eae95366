using LeftBehind.Archive.Model;

namespace LeftBehind.Scheduler.Outbox;

/// <summary>A recipient's phone as the policy sees it: the number, their stated preference, opt-out and today's SMS so far.</summary>
internal sealed record PhoneFacts(string? Phone, PreferredChannel? Preferred, bool OptedOut, int SmsToday);
