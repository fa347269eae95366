using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;

namespace LeftBehind.Dialogs.Teacher;

/// <summary>
/// What the class's list leaves to each child's own day: the reason the teacher gave beside a name (缺 刘阳（发烧）),
/// kept on that child's day, and who came late, read back when she asks about the day. Through the same attendance
/// service (its policy and audit) as the console's grid, one child at a time.
/// </summary>
internal sealed class ClassDayDetails(IChildrenService children, IAttendanceService attendance)
{
    /// <summary>
    /// Keeps each reason of <paramref name="reasons"/> (a name as written, 小明 or 王小明, and its reason) on the day of
    /// the child it names among <paramref name="absentNames"/>, the list just recorded; a day that has a reason already
    /// (a family's leave) keeps its own, and a name that could mean two children is left.
    /// </summary>
    public async Task KeepReasonsAsync(Actor teacher, int classId, DateOnly date, IReadOnlyDictionary<string, string> reasons, IReadOnlyList<string> absentNames, CancellationToken ct)
    {
        if (reasons.Count == 0) return;
        var inClass = (await children.GetChildrenAsync(teacher, ct).ConfigureAwait(false)).Where(c => c.ClassId == classId).ToList();
        foreach (var (written, reason) in reasons)
        {
            var meant = absentNames.Where(n => n == written).ToList() is { Count: 1 } exact ? exact : absentNames.Where(n => n.EndsWith(written, StringComparison.Ordinal)).ToList();
            if (meant.Count != 1 || inClass.Where(c => c.Name == meant[0]).ToList() is not [var child]) continue;
            var day = (await attendance.GetAsync(teacher, child.Id, date, date, ct).ConfigureAwait(false))?.Days.FirstOrDefault(d => d.Date == date);
            if (day is null || day.Reason is not null || day.Status is AttendanceStatus.Present or AttendanceStatus.Late) continue;
            await attendance.RecordAsync(teacher, child.Id, date, day.Status, reason, ct).ConfigureAwait(false);
        }
    }

    /// <summary>The class's children recorded late on <paramref name="date"/>, in roster order.</summary>
    public async Task<IReadOnlyList<string>> LateAsync(Actor teacher, int classId, DateOnly date, CancellationToken ct)
    {
        var late = new List<string>();
        foreach (var child in (await children.GetChildrenAsync(teacher, ct).ConfigureAwait(false)).Where(c => c.ClassId == classId).OrderBy(c => c.Id))
        {
            var report = await attendance.GetAsync(teacher, child.Id, date, date, ct).ConfigureAwait(false);
            if (report?.Days.Any(d => d.Date == date && d.Status == AttendanceStatus.Late) == true) late.Add(child.Name);
        }
        return late;
    }
}
