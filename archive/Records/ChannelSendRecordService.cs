using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Records;

internal sealed class ChannelSendRecordService(IDbContextFactory<ArchiveDbContext> dbs) : IChannelSendRecords
{
    private static readonly ChannelSendStatus[] Settled = [ChannelSendStatus.Accepted, ChannelSendStatus.Delivered, ChannelSendStatus.Answered, ChannelSendStatus.NotAnswered, ChannelSendStatus.Busy];

    public async Task<ChannelSendStart> BeginAsync(NewChannelSend send, TimeSpan receiptWait, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.ChannelSends.FirstOrDefaultAsync(s => s.Channel == send.Channel && s.OutboxKey == send.Key, cancellationToken).ConfigureAwait(false);
        if (row is not null)
        {
            if (Settled.Contains(row.Status)) return new ChannelSendStart(row.Id, row.Reference, AlreadySent: true);
            if (row.Status is ChannelSendStatus.Unknown or ChannelSendStatus.Sending)
            {
                // Never resent on time alone: the caller asks the provider's status query, then settles or restarts it.
                return new ChannelSendStart(row.Id, row.Reference, AlreadySent: false, AwaitingReceipt: true, ProviderId: row.ProviderId,
                    AttemptedAt: row.UpdatedAt, WaitOver: now - row.UpdatedAt >= receiptWait);
            }
            row.Status = ChannelSendStatus.Sending;
            row.Attempts++;
            row.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return new ChannelSendStart(row.Id, row.Reference, AlreadySent: false);
        }

        row = new ChannelSend
        {
            Channel = send.Channel, OutboxKey = send.Key, Reference = send.Reference, PersonId = send.PersonId, Phone = send.Phone, Provider = send.Provider,
            Kind = Truncate(send.Kind, 64), Status = ChannelSendStatus.Sending, Urgent = send.Urgent, Attempts = 1, CreatedAt = now, UpdatedAt = now,
        };
        db.ChannelSends.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another sender wrote this key a moment ago: its outcome decides.
            return new ChannelSendStart(0, send.Reference, AlreadySent: false, Racing: true);
        }
        return new ChannelSendStart(row.Id, row.Reference, AlreadySent: false);
    }

    public Task RestartAsync(long id, string reason, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        UpdateAsync(id, r =>
        {
            r.Status = ChannelSendStatus.Sending;
            r.Attempts++;
            r.Error = Truncate(reason, 300);
        }, now, cancellationToken);

    public Task AcceptedAsync(long id, string? providerId, int parts, decimal cost, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        UpdateAsync(id, r =>
        {
            r.Status = ChannelSendStatus.Accepted;
            r.ProviderId = providerId;
            r.Parts = parts;
            r.Cost = cost;
        }, now, cancellationToken);

    public Task UnknownAsync(long id, string error, int parts, decimal cost, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        UpdateAsync(id, r =>
        {
            r.Status = ChannelSendStatus.Unknown;
            r.Error = Truncate(error, 300);
            // Counted as if it went: if it did, it was billed.
            r.Parts = parts;
            r.Cost = cost;
        }, now, cancellationToken);

    public Task FailedAsync(long id, string error, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        UpdateAsync(id, r =>
        {
            r.Status = ChannelSendStatus.Failed;
            r.Error = Truncate(error, 300);
            r.Parts = 0;
            r.Cost = 0;
        }, now, cancellationToken);

    public async Task<bool> SettleAsync(string channel, string provider, string? reference, string? providerId, string? phone, ChannelSendStatus status, string? error, DateTimeOffset now, CancellationToken cancellationToken = default)
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
        row.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<IReadOnlyList<ChannelSendFigure>> ListAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.ChannelSends.AsNoTracking().Where(s => s.CreatedAt >= from && s.CreatedAt < to)
            .Select(s => new ChannelSendFigure(s.Channel, s.CreatedAt, s.Status, s.Parts, s.Cost)).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<ChannelSendState?> LatestToAsync(string channel, string phone, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.ChannelSends.AsNoTracking().Where(s => s.Channel == channel && s.Phone == phone && s.UpdatedAt >= since)
            .OrderByDescending(s => s.UpdatedAt).ThenByDescending(s => s.Id).Select(s => new ChannelSendState(s.Status, s.Error))
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task UpdateAsync(long id, Action<ChannelSend> change, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.ChannelSends.FirstAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false);
        change(row);
        row.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
