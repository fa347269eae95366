using System.ComponentModel.DataAnnotations;

namespace LeftBehind.Dialogs.Emergency;

/// <summary>
/// Emergency:Contact — how an alert's recipients reach the school. Only the school's number goes in an alert:
/// personal numbers stay private.
/// </summary>
internal sealed class EmergencyContactOptions
{
    public const string Section = "Emergency:Contact";

    /// <summary>The school's duty number ("0851-8888 1234"); empty: alerts carry no number.</summary>
    [RegularExpression(@"^[0-9+\-() ]{3,32}$")]
    public string? SchoolPhone { get; set; }
}
