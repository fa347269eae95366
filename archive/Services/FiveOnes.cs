using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

/// <summary>
/// The one place that says what fills each of the 五个一 (#20 item 2), counted from records the product already keeps:
/// <list type="bullet">
/// <item><see cref="FiveOnesItem.ChildContact"/> (每月和孩子谈一次心): the teacher's weekly 谈心 recorded that month, or any
/// visit they logged with the child.</item>
/// <item><see cref="FiveOnesItem.FamilyContact"/> (每月指导孩子和父母通一次电话或写一封信): a child's reply letter the teacher
/// entered, a parent's letter the teacher read to the child, a call home the teacher confirmed that was held, or a call
/// they logged (<see cref="CareVisitKind.GuidedCall"/>).</item>
/// <item><see cref="FiveOnesItem.HeadTeacherContact"/> (每月和班主任联系一次): done when the teacher is the child's head
/// teacher; else a concern the teacher raised (it goes to the head teacher) or a contact they logged.</item>
/// <item><see cref="FiveOnesItem.GuardianContact"/> (每月和临时监护人联系一次): the teacher answered the guardian's question,
/// recorded the entrusted guardian, made a 家访, or logged a contact.</item>
/// <item><see cref="FiveOnesItem.Festival"/> (每年陪孩子过一个节日): a festival logged in the twelve months up to the
/// month's end.</item>
/// </list>
/// </summary>
public static class FiveOnes
{
    /// <summary>The five, in the order they are named.</summary>
    public static IReadOnlyList<FiveOnesItem> Items { get; } = Enum.GetValues<FiveOnesItem>();

    /// <summary>The four owed every month; the festival is owed once a year.</summary>
    public static IReadOnlyList<FiveOnesItem> Monthly { get; } = Items.Where(i => i != FiveOnesItem.Festival).ToList();

    /// <summary>How far back a festival spent with the child counts.</summary>
    public const int FestivalMonths = 12;

    /// <summary>The days of the month the missing items are suggested (the third week).</summary>
    public static bool InSuggestionWeek(DateOnly day) => day.Day is >= 15 and <= 21;

    /// <summary>The kinds a teacher logs in chat for the items that leave no other record, and what each fills.</summary>
    public static IReadOnlyDictionary<CareVisitKind, FiveOnesItem> Logged { get; } = new Dictionary<CareVisitKind, FiveOnesItem>
    {
        [CareVisitKind.Festival] = FiveOnesItem.Festival,
        [CareVisitKind.GuidedCall] = FiveOnesItem.FamilyContact,
        [CareVisitKind.HeadTeacherContact] = FiveOnesItem.HeadTeacherContact,
        [CareVisitKind.GuardianContact] = FiveOnesItem.GuardianContact,
    };

    /// <summary>The first day of the month <paramref name="day"/> is in.</summary>
    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);
}
