namespace LeftBehind.Bot.Phone;

/// <summary>
/// The ledger row a send runs under, or <see cref="AlreadySent"/> when this key already went out, or <see cref="Pending"/>
/// when an earlier attempt's outcome is unknown and the provider's status query must decide before anything is sent.
/// </summary>
internal sealed record LedgerEntry(long Id, string Reference, bool AlreadySent, PendingSend? Pending = null);
