using LeftBehind.Dialogs.Conversations;
using LeftBehind.Bot.Adapter;
using LeftBehind.Bot.Sms;
using LeftBehind.Bot.Voice;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.Phone;

/// <summary>SMS and voice: options, the configured provider's client (none when <c>Provider</c> is <c>None</c>), the ledger and callbacks.</summary>
internal static class PhoneHostingExtensions
{
    public static IServiceCollection AddPhoneChannels(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<SmsOptions>().Bind(config.GetSection(SmsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<SmsOptions>, SmsOptionsValidator>();
        services.AddOptions<VoiceOptions>().Bind(config.GetSection(VoiceOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<VoiceOptions>, VoiceOptionsValidator>();
        services.AddSingleton<ChannelSendLedger>();

        // No automatic retries on these clients: a repeated SendSms is a second SMS. The outbox and the ledger decide.
        var sms = config.GetSection(SmsOptions.Section).Get<SmsOptions>() ?? new SmsOptions();
        var smsTimeout = TimeSpan.FromSeconds(sms.TimeoutSeconds);
        switch (sms.Provider)
        {
            case PhoneProvider.Tencent:
                services.AddHttpClient<ISmsClient, TencentSmsClient>(TencentSmsClient.HttpClientName, c => c.Timeout = smsTimeout);
                break;
            case PhoneProvider.Aliyun:
                services.AddHttpClient<ISmsClient, AliyunSmsClient>(AliyunSmsClient.HttpClientName, c => c.Timeout = smsTimeout);
                break;
        }
        if (sms.Provider != PhoneProvider.None)
        {
            services.AddSingleton<SmsRefusedReplies>();
            services.AddSingleton<SmsOutbound>();
            services.AddSingleton<IChannelOutbound>(sp => sp.GetRequiredService<SmsOutbound>());
            services.AddSingleton<SmsInbound>();
        }

        var voice = config.GetSection(VoiceOptions.Section).Get<VoiceOptions>() ?? new VoiceOptions();
        var voiceTimeout = TimeSpan.FromSeconds(voice.TimeoutSeconds);
        switch (voice.Provider)
        {
            case PhoneProvider.Tencent:
                services.AddHttpClient<IVoiceClient, TencentVoiceClient>(TencentVoiceClient.HttpClientName, c => c.Timeout = voiceTimeout);
                break;
            case PhoneProvider.Aliyun:
                services.AddHttpClient<IVoiceClient, AliyunVoiceClient>(AliyunVoiceClient.HttpClientName, c => c.Timeout = voiceTimeout);
                break;
        }
        if (voice.Provider != PhoneProvider.None) services.AddSingleton<IChannelOutbound, VoiceOutbound>();
        if (sms.Provider != PhoneProvider.None || voice.Provider != PhoneProvider.None) services.AddSingleton<IOfflineReach, PhoneReach>();
        return services;
    }
}
