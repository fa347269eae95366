using LeftBehind.Bot.Adapter;
using LeftBehind.Bot.Admin;
using LeftBehind.Bot.Admin.Tips;
using LeftBehind.Bot.Admin.Care;
using LeftBehind.Bot.Auth;
using LeftBehind.Bot.Composition;
using LeftBehind.Bot.Connector;
using LeftBehind.Bot.DirectLine;
using LeftBehind.Bot.Phone;
using LeftBehind.Bot.Storage;
using LeftBehind.Bot.WebChat;
using LeftBehind.Bot.WeChat;
using LeftBehind.Dialogs.Kernel;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using LeftBehind.Archive.Storage;
using LeftBehind.Bot.Security;
using LeftBehind.Bot.StaffConsole;
using Microsoft.AspNetCore.HttpOverrides;
using System.Net;
using OpenTelemetry.Metrics;
using Polly;

namespace LeftBehind.Bot.Hosting;

internal static class BotHostingExtensions
{
    /// <summary>The HTTP host: channel protocol, Direct Line, Web Chat page, admin API, health and metrics.</summary>
    public static IHostApplicationBuilder AddBotHost(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;
        services.AddOptions<AdminOptions>().Bind(config.GetSection(AdminOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BotHostOptions>().Bind(config.GetSection(BotHostOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DirectLineOptions>().Bind(config.GetSection(DirectLineOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RateLimitOptions>().Bind(config.GetSection(RateLimitOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotHostOptions>, FailClosedValidation>();
        services.AddBotRateLimits();
        DataFileModes.Secure(config);
        // Demo data (a school and its published invite codes) exists only where nobody real can reach it.
        if (!builder.Environment.IsDevelopment()) services.PostConfigure<StorageOptions>(o => o.SeedDemoData = false);
        services.AddOptions<BotAuthOptions>().Bind(config).Validate(
            o => o.IsAuthenticationDisabled || o.AppType == BotAppType.UserAssignedMsi || !string.IsNullOrEmpty(o.MicrosoftAppPassword),
            "MicrosoftAppPassword is required when MicrosoftAppId is set (MultiTenant / SingleTenant)").Validate(
            o => o.AppType != BotAppType.SingleTenant || o.IsAuthenticationDisabled || !string.IsNullOrEmpty(o.MicrosoftAppTenantId),
            "MicrosoftAppTenantId is required for SingleTenant").ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<BotMetrics>();
        services.AddCluster(config);
        services.AddSingleton<InFlightTurns>();
        services.AddHostedService(sp => sp.GetRequiredService<InFlightTurns>());
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));

        services.AddBotConnector();
        services.AddSingleton<OpenIdKeySource>();
        services.AddSingleton<BotTokenValidator>();
        services.AddHttpClient(OpenIdKeySource.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(20));

        services.AddSingleton<DirectLineStore>();
        services.AddSingleton<DirectLineHub>();
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineRevocations>();
        services.AddSingleton<EraseEverywhere>();
        services.AddSingleton<DirectLineAuth>();
        services.AddSingleton<DirectLineService>();
        services.AddSingleton<IDirectLineOutbound>(sp => sp.GetRequiredService<DirectLineService>());
        services.AddSingleton<DemoInviteCodes>();
        services.AddSingleton<UploadSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<UploadSweeper>());
        services.AddSingleton<TurnRecoverySweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<TurnRecoverySweeper>());
        builder.AddWeChat();
        services.AddPhoneChannels(config);
        builder.AddStaffConsole();
        services.AddAdminApiDocument();

        services.AddComposition();
        services.AddSingleton<CloudAdapter>();
        services.AddSingleton<BotAdapter>(sp => sp.GetRequiredService<CloudAdapter>());

        services.AddCors(o => o.AddPolicy(DirectLineEndpoints.CorsPolicy, p => p
            .AllowAnyOrigin()
            .WithMethods("GET", "POST", "OPTIONS")
            .WithHeaders("authorization", "content-type", "x-ms-bot-agent", "x-requested-with")
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage");
        // Last of the hosted services, after the migrations: the hot paths' first-use costs are paid before /healthz answers.
        services.AddHostedService<StartupWarmup>();
        services.AddOpenTelemetry().WithMetrics(m => m
            .AddMeter(BotMetrics.MeterName)
            // The runtime's own (GC, thread pool, lock contention): observed only when /metrics is read, nothing per turn.
            .AddMeter("System.Runtime")
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation()
            .AddPrometheusExporter());
        return builder;
    }

    /// <summary>The Bot Connector client with its retry policy (429/5xx with backoff, honouring Retry-After; never 4xx).</summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services)
    {
        services.TryAddSingleton<IConnectorTokenProvider, MsalConnectorTokenProvider>();
        services.AddSingleton<ServiceUrlTrust>();
        services.AddHttpClient<ConnectorClient>(ConnectorClient.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(60))
            // Every reply goes through here: the factory's per-request logging scopes cost CPU on each one, and the
            // client logs its own failures (ConnectorClient.Fail).
            .RemoveAllLoggers()
            .AddResilienceHandler("connector", pipeline =>
            {
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 4,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromMilliseconds(500),
                    MaxDelay = TimeSpan.FromSeconds(30),
                    ShouldRetryAfterHeader = true,
                    ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                    {
                        { Exception: HttpRequestException } => true,
                        { Exception: TimeoutException } => true,
                        { Result: { } r } => (int)r.StatusCode == 429 || (int)r.StatusCode >= 500,
                        _ => false,
                    }),
                });
                pipeline.AddTimeout(TimeSpan.FromSeconds(15));
            });
        return services;
    }

    public static WebApplication MapBotHost(this WebApplication app)
    {
        var host = app.Services.GetRequiredService<IOptions<BotHostOptions>>().Value;
        if (host.KnownProxies.Length > 0)
        {
            // Only the proxies named here may say who the client is; anyone else's X-Forwarded-For is ignored.
            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto, ForwardLimit = 1 };
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            foreach (var proxy in host.KnownProxies) forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            app.UseForwardedHeaders(forwarded);
        }
        app.UseSecurityHeaders();
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/metrics"), metrics => metrics.Use((http, next) =>
        {
            if (AdminKey.Allows(http, http.RequestServices.GetRequiredService<IOptions<AdminOptions>>().Value.ApiKey)) return next(http);
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }));
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.UseWebChatPage();
        app.UseCors();
        app.UseRateLimiter();
        app.UseStaffConsole();
        if (!host.DisableChannelEndpoint) app.MapMessages();
        app.MapDirectLine();
        app.MapWebChat();
        app.MapWeChat();
        app.MapPhoneCallbacks();
        app.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        app.MapPrometheusScrapingEndpoint("/metrics");

        var admin = app.MapGroup("/admin").AddEndpointFilter<AdminKeyFilter>();
        admin.MapArchiveAdmin();
        admin.MapSchedulerAdmin();
        admin.MapAnalyzeAdmin();
        admin.MapDirectLineAdmin();
        admin.MapWeChatAdmin();
        admin.MapDeliveryAdmin();
        admin.MapStaffAdmin();
        admin.MapSchoolAdmin();
        app.MapStaffConsole();
        admin.MapTipsAdmin();
        app.MapAdminApiDocument();
        admin.MapMeetingsAdmin();
        return app;
    }
}
