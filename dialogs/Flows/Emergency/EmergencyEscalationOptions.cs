using System.ComponentModel.DataAnnotations;

namespace LeftBehind.Dialogs.Emergency;

/// <summary>Emergency:Escalation — how often unacknowledged alerts are repeated, and when the others are told.</summary>
internal sealed class EmergencyEscalationOptions
{
    public const string Section = "Emergency:Escalation";

    /// <summary>Minutes between alerts to a recipient who has not acknowledged.</summary>
    [Range(1, 120)]
    public int RepeatMinutes { get; set; } = 5;

    /// <summary>Alerts per recipient, the first included; after that only the escalation keeps the others calling.</summary>
    [Range(1, 50)]
    public int MaxAlerts { get; set; } = 6;

    /// <summary>Minutes after raising when the raiser, the head teacher and those who acknowledged learn who has not.</summary>
    [Range(1, 1440)]
    public int EscalateAfterMinutes { get; set; } = 10;
}
