using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.Security;

/// <summary>ASP.NET Core rate limiting: per client address and globally, per <see cref="RateLimitGroup"/>; 429 with Retry-After.</summary>
internal static class RateLimiting
{
    public static IServiceCollection AddBotRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((o, limits) =>
        {
            var l = limits.Value;
            var perAddress = PartitionedRateLimiter.Create<HttpContext, string>(http => Group(http) is { } g
                ? RateLimitPartition.GetFixedWindowLimiter(g + "|" + Address(http), _ => Window(PerAddress(l, g)))
                : RateLimitPartition.GetNoLimiter(string.Empty));
            var global = PartitionedRateLimiter.Create<HttpContext, string>(http => Group(http) is { } g
                ? RateLimitPartition.GetFixedWindowLimiter(g, _ => Window(Global(l, g)))
                : RateLimitPartition.GetNoLimiter(string.Empty));
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(perAddress, global);
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, ct) =>
            {
                var response = context.HttpContext.Response;
                response.Headers.RetryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry)
                    ? ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : "60";
                await Results.Json(new Adapter.ErrorResponse(new Adapter.ErrorBody("TooManyRequests", "too many requests, please try again later")),
                    Dialogs.Schema.BotJson.Options, statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }

    public static TBuilder WithRateLimitGroup<TBuilder>(this TBuilder builder, string group) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RateLimitGroup(group));

    private static string? Group(HttpContext http) => http.GetEndpoint()?.Metadata.GetMetadata<RateLimitGroup>()?.Name;

    /// <summary>The client's address as the connection (or a known proxy's forwarded header) gives it.</summary>
    private static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static FixedWindowRateLimiterOptions Window(int permits) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static int PerAddress(RateLimitOptions l, string group) => group switch
    {
        RateLimitGroup.Tokens => l.TokensPerAddress,
        RateLimitGroup.Conversations => l.ConversationsPerAddress,
        RateLimitGroup.Uploads => l.UploadsPerAddress,
        _ => l.PostsPerAddress,
    };

    private static int Global(RateLimitOptions l, string group) => group switch
    {
        RateLimitGroup.Tokens => l.TokensGlobal,
        RateLimitGroup.Conversations => l.ConversationsGlobal,
        RateLimitGroup.Uploads => l.UploadsGlobal,
        _ => l.PostsGlobal,
    };
}
