using LeftBehind.Archive.Access;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Records;

internal sealed class LeaveService(IDbContextFactory<ArchiveDbContext> dbs, AccessPolicy policy, TimeProvider time) : ILeaveService
{
    public async Task<LeaveResult> RequestAsync(Actor actor, int childId, DateOnly from, DateOnly to, AttendanceStatus status, string? reason, CancellationToken cancellationToken = default)
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
        var leave = new LeaveRequest { RequestKey = key, ChildId = childId, RequestedById = actor.PersonId.Value, From = from, To = to, Status = status, Reason = reason?.Trim(), CreatedAt = now };
        db.LeaveRequests.Add(leave);
        var days = 0;
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            if (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) continue;
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

    private static int CountSchoolDays(DateOnly from, DateOnly to)
    {
        var days = 0;
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) days++;
        }
        return days;
    }
}
