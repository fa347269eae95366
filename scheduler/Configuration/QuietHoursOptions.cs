namespace LeftBehind.Scheduler.Configuration;

/// <summary><c>Scheduler:QuietHours</c>: role defaults as <c>HH:mm-HH:mm</c> in the recipient's local time.</summary>
public sealed class QuietHoursOptions
{
    /// <summary><c>Scheduler:QuietHours:Enabled=false</c> switches quiet hours off (tests outside the repository rely on it).</summary>
    public bool Enabled { get; set; } = true;

    public string Guardian { get; set; } = "21:30-07:30";

    /// <summary>Parents may override theirs (night shifts); this is only the default.</summary>
    public string Parent { get; set; } = "23:00-07:00";

    public string Teacher { get; set; } = "21:30-07:00";
}
