using LeftBehind.Bot.Adapter;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.WeChat;

internal static class WeChatHostingExtensions
{
    /// <summary>The WeChat Official Account channel; its endpoint answers 404 until the <c>WeChat</c> section is filled in and enabled.</summary>
    public static IHostApplicationBuilder AddWeChat(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<WeChatOptions>().Bind(builder.Configuration.GetSection(WeChatOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<WeChatOptions>, WeChatOptionsValidator>();
        services.AddSingleton<WeChatStore>();
        services.AddSingleton<WeChatMetrics>();
        services.AddSingleton<WeChatCounters>();
        services.AddSingleton<WeChatTokenSource>();
        services.AddSingleton<WeChatApiClient>();
        services.AddSingleton<WeChatActivityMapper>();
        services.AddSingleton<WeChatInboundProcessor>();
        services.AddSingleton<WeChatOutbound>();
        services.AddSingleton<IChannelOutbound>(sp => sp.GetRequiredService<WeChatOutbound>());
        services.AddSingleton<WeChatRecoveryService>();
        services.AddHostedService(sp => sp.GetRequiredService<WeChatRecoveryService>());
        // No retry handler here: which WeChat answers may be repeated is decided per errcode (WeChatErrors).
        services.AddHttpClient(WeChatApiClient.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(15));
        return builder;
    }
}
