using LeftBehind.Bot.Admin;

namespace LeftBehind.Bot.Hosting;

internal static class BotHostingExtensions
{
    /// <summary>The HTTP host: channel protocol, Direct Line, Web Chat page, admin API, health and metrics.</summary>
    public static IHostApplicationBuilder AddBotHost(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AdminOptions>()
            .Bind(builder.Configuration.GetSection(AdminOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return builder;
    }

    public static WebApplication MapBotHost(this WebApplication app)
    {
        var admin = app.MapGroup("/admin").AddEndpointFilter<AdminKeyFilter>();
        admin.MapArchiveAdmin();
        admin.MapSchedulerAdmin();
        admin.MapAnalyzeAdmin();
        return app;
    }
}
