using LeftBehind.Archive.Staff;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.Admin;

/// <summary>
/// Admin endpoints take the key in <c>X-Admin-Key</c>; with no key configured (Development only) loopback callers get in.
/// A per-school key (<c>lbs_…</c>) opens only the endpoints marked <see cref="SchoolKeyAllowed"/>, scoped to its school.
/// </summary>
internal sealed class AdminKeyFilter(IOptions<AdminOptions> options, ISchoolKeys schools) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var given = http.Request.Headers["X-Admin-Key"].ToString();
        // A school key is checked first: even where loopback needs no key (Development), it never grants more than its school.
        if (given.StartsWith("lbs_", StringComparison.Ordinal))
        {
            if (await schools.FindAsync(given, http.RequestAborted) is not { } scope) return Results.Unauthorized();
            if (http.GetEndpoint()?.Metadata.GetMetadata<SchoolKeyAllowed>() is null)
                return Results.Json(new { error = "这个学校密钥不能调用此接口（只能用于本校的 roster、invites、staff、families）。" }, statusCode: StatusCodes.Status403Forbidden);
            AdminScope.Set(http, scope);
            return await next(context);
        }
        return AdminKey.Allows(http, options.Value.ApiKey) ? await next(context) : Results.Unauthorized();
    }
}
