using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Scheduler.Outbox;

namespace LeftBehind.Bot.Phone;

/// <summary>
/// The record of every SMS and call, written before the provider is called. A key that went out is not sent again; a
/// key whose answer was lost is settled by the provider's receipt or status query, never resent on time alone;
/// receipts and call results settle the row and the cost figures read it.
/// </summary>
internal sealed class ChannelSendLedger(IChannelSendRecords sends, TimeProvider time)
{
    public static string ReferenceOf(string key) => OutboxKey.ActivityId(key);

    public async Task<LedgerEntry> BeginAsync(string channel, string key, int? personId, string phone, string provider, string kind, bool urgent, TimeSpan receiptWait, CancellationToken cancellationToken)
    {
        var start = await sends.BeginAsync(new NewChannelSend(channel, key, ReferenceOf(key), personId, phone, provider, kind, urgent), receiptWait, time.GetUtcNow(), cancellationToken)
            .ConfigureAwait(false);
        if (start.Racing) throw new AwaitingReceiptException("this key is being sent by another worker");
        if (start.AwaitingReceipt) return new LedgerEntry(start.Id, start.Reference, false, new PendingSend(start.ProviderId, start.AttemptedAt, start.WaitOver));
        return new LedgerEntry(start.Id, start.Reference, start.AlreadySent);
    }

    /// <summary>The status query showed the provider never took the earlier attempt: this one may go.</summary>
    public async Task<LedgerEntry> RestartAsync(LedgerEntry entry, string reason, CancellationToken cancellationToken)
    {
        await sends.RestartAsync(entry.Id, reason, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return entry with { Pending = null };
    }

    public Task AcceptedAsync(long id, string? providerId, int parts, decimal cost, CancellationToken cancellationToken) =>
        sends.AcceptedAsync(id, providerId, parts, cost, time.GetUtcNow(), cancellationToken);

    public Task UnknownAsync(long id, string error, int parts, decimal cost, CancellationToken cancellationToken) =>
        sends.UnknownAsync(id, error, parts, cost, time.GetUtcNow(), cancellationToken);

    public Task FailedAsync(long id, string error, CancellationToken cancellationToken) =>
        sends.FailedAsync(id, error, time.GetUtcNow(), cancellationToken);

    /// <summary>
    /// A receipt or call result. Matched by our reference when the provider returns it, else by its own id, else (Tencent
    /// SMS receipts carry neither for a send whose answer was lost) the oldest unsettled send to that number.
    /// </summary>
    public Task<bool> SettleAsync(string channel, string provider, string? reference, string? providerId, string? phone, ChannelSendStatus status, string? error, CancellationToken cancellationToken) =>
        sends.SettleAsync(channel, provider, reference, providerId, phone, status, error, time.GetUtcNow(), cancellationToken);
}
