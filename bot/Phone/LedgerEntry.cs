namespace LeftBehind.Bot.Phone;

/// <summary>The ledger row a send runs under, or <see cref="AlreadySent"/> when this key already went out.</summary>
internal sealed record LedgerEntry(long Id, string Reference, bool AlreadySent);
