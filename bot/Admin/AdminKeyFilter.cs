using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.Admin;

/// <summary>Admin endpoints take the key in <c>X-Admin-Key</c>; with no key configured (Development only) loopback callers get in.</summary>
internal sealed class AdminKeyFilter(IOptions<AdminOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        AdminKey.Allows(context.HttpContext, options.Value.ApiKey) ? await next(context) : Results.Unauthorized();
}
