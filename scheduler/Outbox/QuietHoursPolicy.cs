using LeftBehind.Scheduler.Configuration;
using LeftBehind.Scheduler.Recipients;
using Microsoft.Extensions.Options;

namespace LeftBehind.Scheduler.Outbox;

/// <summary>
/// Decides when a message may go out. Emergencies ignore quiet hours; everyone else's messages are held until
/// their window opens, in their own time zone. The window is stored with the row and checked again at delivery,
/// so a retry that falls into the night waits for the morning too.
/// </summary>
internal sealed class QuietHoursPolicy(IOptions<SchedulerOptions> options)
{
    public bool Enabled => options.Value.QuietHours.Enabled;

    public (DateTimeOffset NotBefore, string? Window, string? Zone) Hold(Recipient recipient, bool urgent, DateTimeOffset now)
    {
        if (urgent) return (now, null, null);
        var window = recipient.QuietHours ?? DefaultFor(recipient.Role);
        var zone = string.IsNullOrWhiteSpace(recipient.TimeZone) ? options.Value.DefaultTimeZone : recipient.TimeZone;
        return (NextAllowed(window.ToString(), zone, now), window.ToString(), zone);
    }

    public DateTimeOffset NextAllowed(string? window, string? zone, DateTimeOffset now)
    {
        if (!Enabled || window is null || !QuietWindow.TryParse(window, out var parsed)) return now;
        var tz = TimeZoneInfo.TryFindSystemTimeZoneById(zone ?? options.Value.DefaultTimeZone, out var found)
            ? found
            : TimeZoneInfo.FindSystemTimeZoneById(options.Value.DefaultTimeZone);
        return parsed!.NextAllowed(now, tz);
    }

    public QuietWindow DefaultFor(RecipientRole role) => QuietWindow.Parse(role switch
    {
        RecipientRole.Guardian => options.Value.QuietHours.Guardian,
        RecipientRole.Parent => options.Value.QuietHours.Parent,
        _ => options.Value.QuietHours.Teacher,
    });
}
