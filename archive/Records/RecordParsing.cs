using System.Globalization;
using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Records;

/// <summary>Words for statuses and categories as systems and clerks write them, Chinese or English.</summary>
internal static class RecordParsing
{
    private static readonly Dictionary<string, AttendanceStatus> Statuses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["present"] = AttendanceStatus.Present, ["出勤"] = AttendanceStatus.Present, ["到"] = AttendanceStatus.Present, ["正常"] = AttendanceStatus.Present,
        ["absent"] = AttendanceStatus.Absent, ["缺勤"] = AttendanceStatus.Absent, ["缺"] = AttendanceStatus.Absent, ["旷课"] = AttendanceStatus.Absent,
        ["late"] = AttendanceStatus.Late, ["迟到"] = AttendanceStatus.Late,
        ["leave"] = AttendanceStatus.Leave, ["请假"] = AttendanceStatus.Leave, ["事假"] = AttendanceStatus.Leave,
        ["sick"] = AttendanceStatus.Sick, ["病假"] = AttendanceStatus.Sick,
    };

    private static readonly Dictionary<string, NoteCategory> Categories = new(StringComparer.OrdinalIgnoreCase)
    {
        ["study"] = NoteCategory.Study, ["学习"] = NoteCategory.Study,
        ["behaviour"] = NoteCategory.Behaviour, ["behavior"] = NoteCategory.Behaviour, ["行为"] = NoteCategory.Behaviour,
        ["emotion"] = NoteCategory.Emotion, ["情绪"] = NoteCategory.Emotion,
        ["health"] = NoteCategory.Health, ["健康"] = NoteCategory.Health,
        ["safety"] = NoteCategory.Safety, ["安全"] = NoteCategory.Safety,
    };

    private static readonly Dictionary<string, NoteKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["note"] = NoteKind.Note, ["随记"] = NoteKind.Note,
        ["talk"] = NoteKind.MonthlyTalk, ["monthlytalk"] = NoteKind.MonthlyTalk, ["谈心"] = NoteKind.MonthlyTalk,
        ["visit"] = NoteKind.HomeVisit, ["homevisit"] = NoteKind.HomeVisit, ["家访"] = NoteKind.HomeVisit,
    };

    private static readonly Dictionary<string, NoteVisibility> Visibilities = new(StringComparer.OrdinalIgnoreCase)
    {
        ["parents"] = NoteVisibility.Parents, ["家长可见"] = NoteVisibility.Parents,
        ["staff"] = NoteVisibility.StaffOnly, ["staffonly"] = NoteVisibility.StaffOnly, ["仅教师可见"] = NoteVisibility.StaffOnly,
    };

    public static AttendanceStatus? Status(string? s) => Find(Statuses, s);

    public static NoteCategory? Category(string? s) => Find(Categories, s);

    public static NoteKind? Kind(string? s) => string.IsNullOrWhiteSpace(s) ? NoteKind.Note : Find(Kinds, s);

    public static NoteVisibility? Visibility(string? s) => string.IsNullOrWhiteSpace(s) ? NoteVisibility.Parents : Find(Visibilities, s);

    public static DateOnly? Date(string? s) =>
        DateOnly.TryParseExact(s?.Trim(), ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static T? Find<T>(Dictionary<string, T> map, string? s) where T : struct =>
        s is not null && map.TryGetValue(s.Trim(), out var v) ? v : null;
}
