using System.ComponentModel.DataAnnotations;

namespace LeftBehind.Scheduler.Configuration;

/// <summary>
/// Section <c>Emergency</c>: minutes after an emergency is raised when each recipient who has not acknowledged is
/// called; the head teacher is called after twice that if anyone still has not.
/// </summary>
public sealed class EmergencyVoiceOptions
{
    public const string Section = "Emergency";

    [Range(1, 1440)]
    public int VoiceAfterMinutes { get; set; } = 10;
}
