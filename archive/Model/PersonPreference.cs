namespace LeftBehind.Archive.Model;

/// <summary>Per-person settings the conversations and the scheduler read.</summary>
internal sealed class PersonPreference
{
    public int PersonId { get; set; }
    public string Locale { get; set; } = "zh-CN";
    public bool LowLiteracy { get; set; }
    /// <summary>Quiet hours in the person's time zone; both null means the scheduler's default.</summary>
    public TimeOnly? QuietStart { get; set; }
    public TimeOnly? QuietEnd { get; set; }
    public string TimeZone { get; set; } = "Asia/Shanghai";
    public CallHomeFrequency CallHome { get; set; } = CallHomeFrequency.Weekly;
    public DayOfWeek? CallHomeDay { get; set; }
    public TimeOnly? CallHomeTime { get; set; }
}
