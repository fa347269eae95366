using LeftBehind.Archive.Access;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Records;

internal sealed class CallHomeService(IDbContextFactory<ArchiveDbContext> dbs, AccessPolicy policy, TimeProvider time) : ICallHomeService
{
    public async Task<CallBookingInfo> BookAsync(Actor parent, int childId, DateTimeOffset scheduledAt, CancellationToken cancellationToken = default)
    {
        if (parent.Role != ActorRole.Parent) throw new ArchiveException(ArchiveError.Forbidden, "parents book calls");
        var now = time.GetUtcNow();
        if (scheduledAt <= now) throw new ArchiveException(ArchiveError.Invalid, "the call must be in the future");
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        await policy.RequireAsync(db, parent, childId, "call.book", cancellationToken);
        var key = TurnWrites.Next("call");
        // A re-run of the turn that booked it: the same booking, not a second call for the teacher to confirm.
        if (key is not null && await db.CallBookings.FirstOrDefaultAsync(x => x.RequestKey == key, cancellationToken) is { } booked) return ToInfo(booked);
        var b = new CallBooking { RequestKey = key, ChildId = childId, ParentId = parent.PersonId!.Value, ScheduledAt = scheduledAt.ToUniversalTime(), Status = CallBookingStatus.Proposed, CreatedAt = now };
        db.CallBookings.Add(b);
        await db.SaveChangesAsync(cancellationToken);
        return ToInfo(b);
    }

    public Task<CallBookingInfo> RespondAsync(Actor actor, int bookingId, bool accept, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, bookingId, "call.respond", (b, _, now) =>
        {
            if (b.Status != CallBookingStatus.Proposed && b.Status != CallBookingStatus.Confirmed) throw new ArchiveException(ArchiveError.Invalid, "the call is no longer open");
            b.Status = accept ? CallBookingStatus.Confirmed : CallBookingStatus.Declined;
            b.ConfirmedById = actor.PersonId;
            b.ConfirmedAt = now;
        }, cancellationToken);

    public Task<CallBookingInfo> MarkDoneAsync(Actor actor, int bookingId, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, bookingId, "call.done", (b, db, now) =>
        {
            if (b.Status == CallBookingStatus.Done) return;
            if (b.Status is CallBookingStatus.Cancelled or CallBookingStatus.Declined) throw new ArchiveException(ArchiveError.Invalid, "the call was not held");
            b.Status = CallBookingStatus.Done;
            b.DoneAt = now;
            db.Contacts.Add(new ContactLog { ChildId = b.ChildId, ParentId = b.ParentId, Kind = ContactKind.Call, At = now, SourceId = b.Id });
        }, cancellationToken);

    public Task<CallBookingInfo> CancelAsync(Actor actor, int bookingId, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, bookingId, "call.cancel", (b, _, _) =>
        {
            if (b.Status == CallBookingStatus.Done) throw new ArchiveException(ArchiveError.Invalid, "the call already happened");
            b.Status = CallBookingStatus.Cancelled;
        }, cancellationToken);

    public async Task<IReadOnlyList<CallBookingInfo>?> UpcomingAsync(Actor actor, int childId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var child = await policy.ReadAsync(db, actor, childId, "calls.read", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (child is null) return null;
        var now = time.GetUtcNow();
        var rows = await db.CallBookings
            .Where(b => b.ChildId == childId && b.ScheduledAt >= now && (b.Status == CallBookingStatus.Proposed || b.Status == CallBookingStatus.Confirmed))
            .OrderBy(b => b.ScheduledAt).ToListAsync(cancellationToken);
        return rows.Select(ToInfo).ToList();
    }

    public async Task LogContactAsync(Actor parent, int childId, ContactKind kind, CancellationToken cancellationToken = default)
    {
        if (parent.Role != ActorRole.Parent) throw new ArchiveException(ArchiveError.Forbidden, "contacts are a parent's");
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        await policy.RequireAsync(db, parent, childId, "contact.log", cancellationToken);
        db.Contacts.Add(new ContactLog { ChildId = childId, ParentId = parent.PersonId!.Value, Kind = kind, At = time.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<DateTimeOffset?> LastContactAsync(int childId, int parentId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        return await db.Contacts.Where(c => c.ChildId == childId && c.ParentId == parentId)
            .OrderByDescending(c => c.At).Select(c => (DateTimeOffset?)c.At).FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<CallBookingInfo> ChangeAsync(Actor actor, int bookingId, string action, Action<CallBooking, ArchiveDbContext, DateTimeOffset> change, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var b = await db.CallBookings.FirstOrDefaultAsync(x => x.Id == bookingId, ct);
        var child = b is null ? null : await policy.ReadAsync(db, actor, b.ChildId, action, ct);
        if (b is null || child is null)
        {
            if (b is null) policy.Audit(db, actor, action, null, false);
            await db.SaveChangesAsync(ct);
            throw ArchiveException.NotFound();
        }
        change(b, db, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return ToInfo(b);
    }

    private static CallBookingInfo ToInfo(CallBooking b) => new(b.Id, b.ChildId, b.ParentId, b.ScheduledAt, b.Status, b.CreatedAt, b.ConfirmedAt, b.DoneAt);
}
