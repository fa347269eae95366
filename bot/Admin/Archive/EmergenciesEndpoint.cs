using LeftBehind.Archive.Services;

namespace LeftBehind.Bot.Admin.Archive;

/// <summary>
/// <c>GET /admin/emergencies?status=open|closed|all&amp;limit=100</c>: the school's emergencies, newest first, each with
/// who raised it, who was alerted and acknowledged, and its timeline (raised, alerts, acknowledgements, replies,
/// escalation, resolution).
/// </summary>
internal static class EmergenciesEndpoint
{
    public static async Task<IResult> ListAsync(string? status, int? limit, IEmergencyService emergencies, CancellationToken ct)
    {
        var normalized = status?.Trim().ToLowerInvariant();
        if (normalized is not (null or "" or "all" or "open" or "closed"))
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "unknown status", detail: "status must be one of open, closed, all");
        bool? open = normalized switch
        {
            "open" => true,
            "closed" => false,
            _ => null,
        };
        if (limit is < 1 or > 500)
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "bad limit", detail: "1 ≤ limit ≤ 500");
        return Results.Ok(await emergencies.ListAsync(open, limit ?? 100, ct));
    }
}
