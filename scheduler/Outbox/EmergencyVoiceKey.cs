namespace LeftBehind.Scheduler.Outbox;

/// <summary>
/// The period part of an emergency call's outbox key: <c>emergency:{id}</c> for a recipient's own call and
/// <c>emergency-head:{id}</c> for the head teacher's call about those still silent (one of each per person per emergency).
/// </summary>
internal static class EmergencyVoiceKey
{
    private const string Own = "emergency:";
    private const string Head = "emergency-head:";

    public static string Period(int emergencyId) => Own + emergencyId;

    public static string HeadTeacherPeriod(int emergencyId) => Head + emergencyId;

    /// <summary>The emergency id from a key <c>voice-call|{person}|emergency:{id}</c> and whether it is the head teacher's call.</summary>
    public static (int Id, bool HeadTeacher)? Parse(string key)
    {
        var period = key[(key.LastIndexOf('|') + 1)..];
        if (period.StartsWith(Own, StringComparison.Ordinal) && int.TryParse(period[Own.Length..], out var id)) return (id, false);
        if (period.StartsWith(Head, StringComparison.Ordinal) && int.TryParse(period[Head.Length..], out var head)) return (head, true);
        return null;
    }
}
