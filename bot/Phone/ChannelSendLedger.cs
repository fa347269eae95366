using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Scheduler.Outbox;

namespace LeftBehind.Bot.Phone;

/// <summary>
/// The record of every SMS and call, written before the provider is called. A key that went out is not sent again; a
/// key whose answer was lost waits for the provider's receipt (up to the configured wait) instead of being resent;
/// receipts and call results settle the row and the cost figures read it.
/// </summary>
internal sealed class ChannelSendLedger(IChannelSendRecords sends, TimeProvider time)
{
    public static string ReferenceOf(string key) => OutboxKey.ActivityId(key);

    public async Task<LedgerEntry> BeginAsync(string channel, string key, int? personId, string phone, string provider, string kind, bool urgent, TimeSpan receiptWait, CancellationToken cancellationToken)
    {
        var start = await sends.BeginAsync(new NewChannelSend(channel, key, ReferenceOf(key), personId, phone, provider, kind, urgent), receiptWait, time.GetUtcNow(), cancellationToken)
            .ConfigureAwait(false);
        if (start.AwaitingReceipt) throw new AwaitingReceiptException($"send {start.Id} has no known outcome yet; waiting for the provider's receipt");
        if (start.Racing) throw new AwaitingReceiptException("this key is being sent by another worker");
        return new LedgerEntry(start.Id, start.Reference, start.AlreadySent);
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
