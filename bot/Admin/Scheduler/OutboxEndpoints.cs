using LeftBehind.Scheduler.Outbox;

namespace LeftBehind.Bot.Admin.Scheduler;

/// <summary><c>GET /admin/outbox?status=pending|sent|failed|dead&amp;page=1&amp;pageSize=50</c>: ids and states, never message text.</summary>
internal static class OutboxEndpoints
{
    public static async Task<IResult> ListAsync(string? status, int? page, int? pageSize, IOutbox outbox, CancellationToken ct)
    {
        var normalized = string.IsNullOrWhiteSpace(status) ? null : status.Trim().ToLowerInvariant();
        if (normalized is not null && !OutboxStatus.All.Contains(normalized))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "unknown status",
                detail: $"status must be one of {string.Join(", ", OutboxStatus.All)}");
        }

        if (page is < 1 || pageSize is < 1 or > 500)
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "bad paging", detail: "page ≥ 1 and 1 ≤ pageSize ≤ 500");

        return Results.Ok(await outbox.ListAsync(normalized, page ?? 1, pageSize ?? 50, ct));
    }
}
