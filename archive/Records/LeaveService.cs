using LeftBehind.Archive.Access;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Archive.Terms;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Records;

/// <remarks>A day without school is one the term calendar (校历) says is out of session: a weekend, a holiday, the vacations.</remarks>
internal sealed class LeaveService(IDbContextFactory<ArchiveDbContext> dbs, AccessPolicy policy, TimeProvider time, ITermCalendar calendar) : ILeaveService
{
    public async Task<LeaveResult> RequestAsync(Actor actor, int childId, DateOnly from, DateOnly to, AttendanceStatus status, string? reason, CancellationToken cancellationToken = default, bool includeNonSchoolDays = false)
    {
        if (status is not (AttendanceStatus.Leave or AttendanceStatus.Sick)) throw new ArchiveException(ArchiveError.Invalid, "leave or sick only");
        if (to < from || to.DayNumber - from.DayNumber > 30) throw new ArchiveException(ArchiveError.Invalid, "bad date range");
        if (actor.PersonId is null) throw new ArchiveException(ArchiveError.Forbidden, "leave comes from a person");
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var child = await policy.RequireAsync(db, actor, childId, "leave.request", cancellationToken);
        var key = TurnWrites.Next("leave");
        // A re-run of the turn that reported it: the same request (its days are marked already), not a second one.
        if (key is not null && await db.LeaveRequests.AsNoTracking().FirstOrDefaultAsync(x => x.RequestKey == key, cancellationToken) is { } filed)
            return await ResultAsync(db, child, filed.Id, CountSchoolDays(filed.From, filed.To), cancellationToken);
        var now = time.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        // The same child and day asked again (the grandmother after the grandfather, or a second message): one record,
        // widened to both ranges, the newer reason kept; only days not covered before are news for the teachers.
        var earlier = await db.LeaveRequests.Where(l => l.ChildId == childId && l.From <= to && l.To >= from)
            .OrderBy(l => l.Id).FirstOrDefaultAsync(cancellationToken);
        if (earlier is not null)
        {
            var previousReason = earlier.Reason;
            var (oldFrom, oldTo) = (earlier.From, earlier.To);
            earlier.From = from < earlier.From ? from : earlier.From;
            earlier.To = to > earlier.To ? to : earlier.To;
            earlier.Status = status;
            if (!string.IsNullOrWhiteSpace(reason)) earlier.Reason = reason.Trim();
            var marked = 0;
            var added = 0;
            for (var d = earlier.From; d <= earlier.To; d = d.AddDays(1))
            {
                var inRequest = d >= from && d <= to;
                if (!inRequest && (d < oldFrom || d > oldTo)) continue;
                if (!includeNonSchoolDays && !calendar.InSession(d)) continue;
                await AttendanceService.UpsertAsync(db, childId, d, earlier.Status, earlier.Reason, actor.PersonId, now, cancellationToken);
                marked++;
                if (d < oldFrom || d > oldTo) added++;
            }
            await db.SaveChangesAsync(cancellationToken);
            await tx.CommitAsync(cancellationToken);
            var merged = await ResultAsync(db, child, earlier.Id, marked, cancellationToken);
            return merged with { Repeat = true, NewDays = added, PreviousReason = previousReason };
        }
        var leave = new LeaveRequest { RequestKey = key, ChildId = childId, RequestedById = actor.PersonId.Value, From = from, To = to, Status = status, Reason = reason?.Trim(), CreatedAt = now };
        db.LeaveRequests.Add(leave);
        var days = 0;
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            if (!includeNonSchoolDays && !calendar.InSession(d)) continue;
            await AttendanceService.UpsertAsync(db, childId, d, status, reason, actor.PersonId, now, cancellationToken);
            days++;
        }
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return await ResultAsync(db, child, leave.Id, days, cancellationToken);
    }

    private static async Task<LeaveResult> ResultAsync(ArchiveDbContext db, Child child, int leaveId, int days, CancellationToken cancellationToken)
    {
        var family = await ChildrenService.LoadFamilyAsync(db, child, cancellationToken);
        var teachers = new[] { family.HeadTeacher, family.PairedTeacher }.OfType<PersonRef>().DistinctBy(p => p.Id).ToList();
        return new LeaveResult(leaveId, days, teachers);
    }

    private int CountSchoolDays(DateOnly from, DateOnly to)
    {
        var days = 0;
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            if (calendar.InSession(d)) days++;
        }
        return days;
    }
}
