using System.Globalization;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Care;

/// <summary>The care messages sent outside the recipient's turn, each in the recipient's language.</summary>
internal static class CareAlerts
{
    /// <summary>Quoted user text is cut short: the full message stays in the concern for the console.</summary>
    private const int QuoteLength = 120;

    public static Activity GapToStaff(CultureInfo culture, CareConcernInfo gap, string raiserName) =>
        MessageFactory.Text(CareText.Get(culture, "GapStaffAlert", gap.ChildName, raiserName, Quote(gap.Text)));

    public static Activity GapToParent(CultureInfo culture, CareConcernInfo gap, string raiserName)
    {
        var activity = MessageFactory.Text(CareText.Get(culture, "GapParentAsk", gap.ChildName, raiserName, Quote(gap.Text)));
        activity.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack(CareText.Get(culture, "GuardianButton"))] };
        return activity;
    }

    public static Activity WellbeingToStaff(CultureInfo culture, CareConcernInfo concern, string teacherName, TimeZoneInfo zone) =>
        MessageFactory.Text(CareText.Get(culture, "TalkConcernAlert", concern.ChildName, CareText.Get(culture, "Reason_" + concern.Reason),
            teacherName, Quote(concern.Text), Due(culture, concern.DueAt, zone)));

    public static string Due(CultureInfo culture, DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString(CareText.Get(culture, "DueFormat"), culture);

    public static string GapKey(int concernId, int personId) => $"care-gap:{concernId}:{personId}";

    public static string WellbeingKey(int concernId, int personId) => $"care-wellbeing:{concernId}:{personId}";

    private static string Quote(string? text) => string.IsNullOrEmpty(text) ? "" : text.Length <= QuoteLength ? text : text[..QuoteLength] + "…";
}
