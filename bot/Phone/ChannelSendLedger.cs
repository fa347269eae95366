using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Scheduler.Outbox;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Bot.Phone;

/// <summary>
/// The record of every SMS and call, written before the provider is called. A key that went out is not sent again; a
/// key whose answer was lost waits for the provider's receipt (up to the configured wait) instead of being resent;
/// receipts and call results settle the row and the cost figures read it.
/// </summary>
internal sealed class ChannelSendLedger(IDbContextFactory<ArchiveDbContext> dbs, TimeProvider time)
{
    private static readonly ChannelSendStatus[] Settled = [ChannelSendStatus.Accepted, ChannelSendStatus.Delivered, ChannelSendStatus.Answered, ChannelSendStatus.NotAnswered, ChannelSendStatus.Busy];

    public static string ReferenceOf(string key) => OutboxKey.ActivityId(key);

    public async Task<LedgerEntry> BeginAsync(string channel, string key, int? personId, string phone, string provider, string kind, bool urgent, TimeSpan receiptWait, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.ChannelSends.FirstOrDefaultAsync(s => s.Channel == channel && s.OutboxKey == key, cancellationToken).ConfigureAwait(false);
        if (row is not null)
        {
            if (Settled.Contains(row.Status)) return new LedgerEntry(row.Id, row.Reference, AlreadySent: true);
            if (row.Status is ChannelSendStatus.Unknown or ChannelSendStatus.Sending)
            {
                if (now - row.UpdatedAt < receiptWait) throw new AwaitingReceiptException($"send {row.Id} has no known outcome yet; waiting for the provider's receipt");
                row.Error = "no receipt within the wait; sent again";
            }
            row.Status = ChannelSendStatus.Sending;
            row.Attempts++;
            row.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return new LedgerEntry(row.Id, row.Reference, AlreadySent: false);
        }

        row = new ChannelSend
        {
            Channel = channel, OutboxKey = key, Reference = ReferenceOf(key), PersonId = personId, Phone = phone, Provider = provider, Kind = Truncate(kind, 64),
            Status = ChannelSendStatus.Sending, Urgent = urgent, Attempts = 1, CreatedAt = now, UpdatedAt = now,
        };
        db.ChannelSends.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another sender wrote this key a moment ago: its outcome decides.
            throw new AwaitingReceiptException("this key is being sent by another worker");
        }
        return new LedgerEntry(row.Id, row.Reference, AlreadySent: false);
    }

    public Task AcceptedAsync(long id, string? providerId, int parts, decimal cost, CancellationToken cancellationToken) =>
        UpdateAsync(id, r =>
        {
            r.Status = ChannelSendStatus.Accepted;
            r.ProviderId = providerId;
            r.Parts = parts;
            r.Cost = cost;
        }, cancellationToken);

    public Task UnknownAsync(long id, string error, int parts, decimal cost, CancellationToken cancellationToken) =>
        UpdateAsync(id, r =>
        {
            r.Status = ChannelSendStatus.Unknown;
            r.Error = Truncate(error, 300);
            // Counted as if it went: if it did, it was billed.
            r.Parts = parts;
            r.Cost = cost;
        }, cancellationToken);

    public Task FailedAsync(long id, string error, CancellationToken cancellationToken) =>
        UpdateAsync(id, r =>
        {
            r.Status = ChannelSendStatus.Failed;
            r.Error = Truncate(error, 300);
            r.Parts = 0;
            r.Cost = 0;
        }, cancellationToken);

    /// <summary>
    /// A receipt or call result. Matched by our reference when the provider returns it, else by its own id, else (Tencent
    /// SMS receipts carry neither for a send whose answer was lost) the oldest unsettled send to that number.
    /// </summary>
    public async Task<bool> SettleAsync(string channel, string provider, string? reference, string? providerId, string? phone, ChannelSendStatus status, string? error, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var sends = db.ChannelSends.Where(s => s.Channel == channel && s.Provider == provider);
        ChannelSend? row = null;
        if (!string.IsNullOrEmpty(reference)) row = await sends.FirstOrDefaultAsync(s => s.Reference == reference, cancellationToken).ConfigureAwait(false);
        if (row is null && !string.IsNullOrEmpty(providerId)) row = await sends.FirstOrDefaultAsync(s => s.ProviderId == providerId, cancellationToken).ConfigureAwait(false);
        if (row is null && phone is not null)
        {
            row = await sends.Where(s => s.Phone == phone && (s.Status == ChannelSendStatus.Unknown || s.Status == ChannelSendStatus.Sending))
                .OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        }
        if (row is null) return false;
        row.Status = status;
        if (providerId is not null) row.ProviderId ??= providerId;
        if (status == ChannelSendStatus.Failed)
        {
            row.Error = Truncate(error ?? "failed receipt", 300);
        }
        row.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task UpdateAsync(long id, Action<ChannelSend> change, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.ChannelSends.FirstAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false);
        change(row);
        row.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
