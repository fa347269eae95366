namespace LeftBehind.Bot.StaffConsole;

/// <summary>
/// The printable pages' one script, served by us: a button marked <c>data-print</c> opens the browser's print dialog.
/// The pages' CSP allows scripts from us only, so an inline <c>onclick</c> would never run.
/// </summary>
internal static class ConsolePrint
{
    public const string Script =
        "document.addEventListener('click',function(e){var b=e.target.closest&&e.target.closest('[data-print]');if(b){e.preventDefault();window.print();}});";

    public static IResult Serve(HttpContext http)
    {
        http.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Text(Script, "text/javascript; charset=utf-8");
    }
}
