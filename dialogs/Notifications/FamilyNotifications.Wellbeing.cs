using System.Globalization;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Notifications;

public static partial class FamilyNotifications
{
    /// <summary>Quoted user text is cut short: the full message stays in the concern for the console.</summary>
    private const int QuoteLength = 120;

    /// <summary>"爷爷中风住院了": the head teacher is told at once that the child has no active guardian.</summary>
    public static FamilyNotification GuardianGapToStaff(int staffId, CareConcernInfo gap, string raiserName) => new(
        GuardianGapKey(gap.Id, staffId),
        c => NotificationText.Message(c, "Care_GapStaffAlert", gap.ChildName, raiserName, Quote(gap.Text)),
        Urgent: true);

    /// <summary>The parents are asked to name a temporary guardian within 24 hours, with the 临时监护人 button.</summary>
    public static FamilyNotification GuardianGapToParent(int parentId, CareConcernInfo gap, string raiserName) => new(
        GuardianGapKey(gap.Id, parentId),
        c =>
        {
            var activity = NotificationText.Message(c, "Care_GapParentAsk", gap.ChildName, raiserName, Quote(gap.Text));
            activity.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack(NotificationText.Get(c, "Care_GuardianButton"))] };
            return activity;
        },
        Urgent: true);

    private static string GuardianGapKey(int concernId, int personId) => $"care-gap:{concernId}:{personId}";

    /// <summary>
    /// A temporary guardian was registered: each head teacher hears once, of all their children this guardian now stands
    /// for. <paramref name="toldOn"/> and <paramref name="how"/> are the parent's telling of the school, as the parent's
    /// own confirmation words them.
    /// </summary>
    public static FamilyNotification GuardianRegistered(int headTeacherId, int guardianId, IReadOnlyList<string> children, string name, string? relation, string? phone,
        Func<CultureInfo, string> toldOn, Func<CultureInfo, string> how) => new(
        $"care-guardian:{guardianId}:{headTeacherId}",
        c => NotificationText.Message(c, "Care_GuardianToHead", string.Join(NotificationText.Get(c, "ListSeparator"), children), name, relation ?? "",
            phone ?? NotificationText.Get(c, "Care_NoPhone"), toldOn(c), how(c)));

    /// <summary>A 谈心 that needs the counsellor (two weeks of low mood, a worrying note): the school's staff, at once, with the due time.</summary>
    public static FamilyNotification WellbeingToStaff(int staffId, CareConcernInfo concern, string teacherName, TimeZoneInfo zone) => new(
        $"care-wellbeing:{concern.Id}:{staffId}",
        c => NotificationText.Message(c, "Care_TalkConcernAlert", concern.ChildName, CareReason(c, concern.Reason), teacherName, Quote(concern.Text), CareDue(c, concern.DueAt, zone)),
        Urgent: true);

    /// <summary>Why a wellbeing concern was opened (情绪连续两周需要关心), for the staff's alert and the teacher's own reply.</summary>
    public static string CareReason(CultureInfo culture, string reason) => NotificationText.Get(culture, "Care_Reason_" + reason);

    /// <summary>When the follow-up is due (12月8日09:00), in the zone of the teacher who recorded it.</summary>
    public static string CareDue(CultureInfo culture, DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString(NotificationText.Get(culture, "Care_DueFormat"), culture);

    /// <summary>The warm weekly line of a 谈心, to a parent of the child (never the marks themselves).</summary>
    public static FamilyNotification WeeklyTalkLine(int parentId, WeeklyTalkInfo talk, string teacherName) => new(
        $"care-talk:{talk.Id}:{talk.WeekOf:yyyyMMdd}:{parentId}",
        c => MessageFactory.Text(WeeklyLine(c, talk.ChildName, teacherName, [talk.Study, talk.Life, talk.Mood, talk.Friends, talk.Health], talk.Note)));

    /// <summary>
    /// The weekly line itself (the teacher previews exactly this): what went well, what the teacher will keep an eye
    /// on, the teacher's sentence, and a nudge to call when mood or friendships need care. <paramref name="marks"/> are
    /// in <see cref="TalkAspect"/> order.
    /// </summary>
    public static string WeeklyLine(CultureInfo culture, string childName, string teacherName, IReadOnlyList<TalkMark> marks, string? note)
    {
        var aspects = Enum.GetValues<TalkAspect>();
        string Names(IEnumerable<TalkAspect> list) => string.Join(NotificationText.Get(culture, "ListSeparator"), list.Select(a => TalkAspectName(culture, a)));
        var good = aspects.Where(a => marks[(int)a] == TalkMark.Good).ToList();
        var care = aspects.Where(a => marks[(int)a] == TalkMark.NeedsCare).ToList();
        var lines = new List<string> { NotificationText.Get(culture, "Care_LineTitle") };
        lines.Add(good.Count == aspects.Length ? NotificationText.Get(culture, "Care_LineAllGood", childName)
            : good.Count > 0 ? NotificationText.Get(culture, "Care_LineGood", childName, Names(good))
            : NotificationText.Get(culture, "Care_LineSteady", childName));
        if (care.Count > 0) lines.Add(NotificationText.Get(culture, "Care_LineCare", childName, Names(care)));
        if (!string.IsNullOrWhiteSpace(note)) lines.Add(NotificationText.Get(culture, "Care_LineNote", teacherName, note.Trim()));
        if (care.Contains(TalkAspect.Mood) || care.Contains(TalkAspect.Friends)) lines.Add(NotificationText.Get(culture, "Care_LineCall"));
        return string.Join('\n', lines);
    }

    /// <summary>学习, 生活, 情绪, 交友, 身体: in the line and in the teacher's questions alike.</summary>
    public static string TalkAspectName(CultureInfo culture, TalkAspect aspect) => NotificationText.Get(culture, "Care_Aspect_" + aspect);

    private static string Quote(string? text) => string.IsNullOrEmpty(text) ? "" : text.Length <= QuoteLength ? text : text[..QuoteLength] + "…";
}
