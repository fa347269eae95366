using LeftBehind.Archive.Staff;

namespace LeftBehind.Bot.Admin;

/// <summary>The school of the per-school key a request came with (null: the service's own admin key).</summary>
internal static class AdminScope
{
    private const string Item = "lb.admin.school";

    public static SchoolScope? School(HttpContext http) => http.Items.TryGetValue(Item, out var s) ? s as SchoolScope : null;

    public static void Set(HttpContext http, SchoolScope scope) => http.Items[Item] = scope;

    public static RouteHandlerBuilder ForSchools(this RouteHandlerBuilder endpoint) => endpoint.WithMetadata(new SchoolKeyAllowed());
}
