using System.Globalization;

namespace LeftBehind.Scheduler.Recipients;

/// <summary>A daily local-time window (may cross midnight) in which only emergencies are delivered.</summary>
public sealed record QuietWindow(TimeOnly Start, TimeOnly End)
{
    /// <summary>Parses <c>HH:mm-HH:mm</c>; start equal to end means no quiet hours.</summary>
    public static QuietWindow Parse(string text)
    {
        if (!TryParse(text, out var window)) throw new FormatException($"quiet hours '{text}' are not HH:mm-HH:mm");
        return window!;
    }

    public static bool TryParse(string? text, out QuietWindow? window)
    {
        window = null;
        var parts = text?.Split('-', StringSplitOptions.TrimEntries);
        if (parts is not { Length: 2 }) return false;
        if (!TimeOnly.TryParseExact(parts[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)) return false;
        if (!TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)) return false;
        window = new QuietWindow(start, end);
        return true;
    }

    public bool Contains(TimeOnly local) => Start == End ? false
        : Start < End ? local >= Start && local < End
        : local >= Start || local < End;

    /// <summary>
    /// When a message may go out: <paramref name="utc"/> itself outside the window, else the window's end on the
    /// right local day, converted back to UTC in <paramref name="zone"/>.
    /// </summary>
    public DateTimeOffset NextAllowed(DateTimeOffset utc, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(utc, zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        if (!Contains(time)) return utc;
        var endDay = DateOnly.FromDateTime(local.DateTime);
        if (Start > End && time >= Start) endDay = endDay.AddDays(1);
        var endLocal = endDay.ToDateTime(End);
        // A window ending inside a skipped DST hour opens at the first valid local time after it.
        while (zone.IsInvalidTime(endLocal)) endLocal = endLocal.AddMinutes(1);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(endLocal, zone), TimeSpan.Zero);
    }

    public override string ToString() => $"{Start:HH\\:mm}-{End:HH\\:mm}";
}
