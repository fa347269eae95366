using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using LeftBehind.Archive.Staff;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.StaffConsole;

/// <summary>The staff console at <c>/console</c>: Identity accounts on the project database, Razor Pages, three languages.</summary>
internal static class StaffConsoleHostingExtensions
{
    /// <summary>Pages run only our stylesheet and scripts, post forms only to us, and are never framed.</summary>
    public const string PagePolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

    public const string CookieName = "lb_console";

    public static IHostApplicationBuilder AddStaffConsole(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StaffConsoleOptions>().Bind(builder.Configuration.GetSection(StaffConsoleOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddIdentity<StaffUser, IdentityRole<int>>(o =>
            {
                // Long rather than complicated: teachers type on phones (NIST SP 800-63B); a digit keeps plain words out.
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 5;
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddArchiveStaffStores()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>()
            .AddDefaultTokenProviders();
        services.AddOptions<IdentityOptions>().Configure<IOptions<StaffConsoleOptions>>((o, staff) =>
        {
            o.Lockout.MaxFailedAccessAttempts = staff.Value.MaxFailedSignIns;
            o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(staff.Value.LockoutMinutes);
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<IOptions<StaffConsoleOptions>, TimeProvider>((o, staff, time) =>
        {
            // Session expiry follows the service's clock (tests move it with FakeTimeProvider).
            o.TimeProvider = time;
            o.Cookie.Name = CookieName;
            o.Cookie.Path = "/console";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/console/signin";
            o.LogoutPath = "/console/signout";
            o.AccessDeniedPath = "/console/denied";
            o.ExpireTimeSpan = TimeSpan.FromMinutes(staff.Value.SessionMinutes);
            o.SlidingExpiration = true;
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "lb_console_csrf";
            o.Cookie.Path = "/console";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.FormFieldName = "__csrf";
        });
        services.AddOptions<SecurityStampValidatorOptions>().Configure<TimeProvider>((o, time) =>
        {
            o.TimeProvider = time;
            // A deactivated account or a new password ends open sessions within a minute, not half an hour.
            o.ValidationInterval = TimeSpan.FromMinutes(1);
        });
        // Chinese names appear as text in the pages, not as &#x...; entities (still HTML-encoded where it matters).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/StaffConsole/Pages";
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToPage("/SignIn");
            o.Conventions.AllowAnonymousToPage("/SignInCode");
        });
        // One key ring for every instance (in the archive's database): a cookie or CSRF token made by one instance is
        // read by the next; the fixed name keeps instances installed in different folders on the same ring.
        services.AddDataProtection().SetApplicationName("LeftBehind.Bot").PersistKeysToArchive();
        services.AddScoped<StaffAccounts>();
        services.AddScoped<StaffAdministration>();
        services.AddSingleton<InviteSlips>();
        services.AddScoped<ConsoleReach>();
        services.AddHostedService<StaffSetupOnStart>();
        return builder;
    }

    public static WebApplication UseStaffConsole(this WebApplication app)
    {
        var cultures = ConsoleText.Cultures.Select(CultureInfo.GetCultureInfo).ToList();
        var localization = new RequestLocalizationOptions { DefaultRequestCulture = new RequestCulture("zh-CN"), SupportedCultures = cultures, SupportedUICultures = cultures };
        localization.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider { CookieName = "lb_console_lang" }];
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/console"), console =>
        {
            console.Use((http, next) =>
            {
                http.Response.Headers.ContentSecurityPolicy = PagePolicy;
                return next(http);
            });
            console.UseRequestLocalization(localization);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapStaffConsole(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapGet("/console/console.css", () => Results.Text(ConsoleAssets.Css, "text/css; charset=utf-8")).AllowAnonymous()
            .AddEndpointFilter(async (context, next) =>
            {
                context.HttpContext.Response.Headers.CacheControl = "public, max-age=3600";
                return await next(context);
            });
        app.MapGet("/console/console-charts.js", ConsoleCharts.Serve).AllowAnonymous();
        app.MapGet("/console/console-print.js", () => Results.Text(ConsoleAssets.PrintScript, "text/javascript; charset=utf-8")).AllowAnonymous();
        app.MapGet("/console/lang/{culture}", (string culture, string? back, HttpContext http) =>
        {
            if (!ConsoleText.Cultures.Contains(culture)) culture = "zh-CN";
            http.Response.Cookies.Append("lb_console_lang", CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Path = "/console", HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365) });
            return Results.LocalRedirect(back is { Length: > 0 } && back.StartsWith("/console", StringComparison.Ordinal) ? back : "/console");
        }).AllowAnonymous();
        return app;
    }
}
