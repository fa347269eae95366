using LeftBehind.Scheduler.Outbox;

namespace LeftBehind.Bot.Admin;

/// <summary><c>GET /admin/delivery?from=2026-12-01&amp;to=2026-12-06</c>: sent, delivered, failed, held and cost by channel and day; who is unreachable.</summary>
internal static class DeliveryEndpoints
{
    public static void MapDeliveryAdmin(this RouteGroupBuilder admin) => admin.MapGet("/delivery", GetAsync);

    private static async Task<IResult> GetAsync(string? from, string? to, IDeliveryReport report, TimeProvider time, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.AddHours(8));
        if (!TryDate(from, today.AddDays(-6), out var start) || !TryDate(to, today, out var end) || end < start || end.DayNumber - start.DayNumber > 366)
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "bad dates", detail: "from and to as yyyy-MM-dd, from ≤ to, at most a year apart");
        return Results.Ok(await report.BuildAsync(start, end, ct));
    }

    private static bool TryDate(string? text, DateOnly fallback, out DateOnly value)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            value = fallback;
            return true;
        }
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", out value);
    }
}
