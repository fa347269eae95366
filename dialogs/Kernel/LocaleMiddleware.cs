using System.Globalization;
using LeftBehind.Dialogs.Resources;
using LeftBehind.Dialogs.State;
using Microsoft.Extensions.Options;

namespace LeftBehind.Dialogs.Kernel;

/// <summary>
/// Chooses the turn's language (the profile's choice, else the activity's locale, else zh-CN) and time zone, and
/// puts the clock in TurnState. Sets CurrentUICulture so resx lookups follow the user.
/// The profile's read loads the conversation's states with it, in one storage read: the turn needs them all and
/// <see cref="TurnRunner"/> reads them again only when another turn of the conversation may have saved meanwhile
/// (a waited-for lock, another process); a save from a stale copy is refused by its eTag and the turn re-runs.
/// With several processes on one database (a cluster lock that spans processes) it always reads them again, so here
/// they are not read at all: the turn's one read is the runner's, which applies the profile's language itself.
/// </summary>
internal sealed class LocaleMiddleware(
    KernelAccessors accessors, UserState userState, ConversationState conversationState, PrivateConversationState privateConversationState,
    TimeProvider time, IOptions<KernelOptions> options, IClusterLock? clusterLock = null) : IMiddleware
{
    private readonly BotStateSet _states = new(userState, conversationState, privateConversationState);
    private readonly bool _runnerReadsAgain = clusterLock is { SpansProcesses: true };

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        KernelTurnState.SetTimeProvider(turnContext, time);
        UserProfile? profile = null;
        if (!_runnerReadsAgain && turnContext.Activity.From?.Id is { Length: > 0 } && turnContext.Activity.ChannelId is { Length: > 0 })
        {
            await _states.LoadAllAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
            profile = await accessors.Profile.GetAsync(turnContext, null, cancellationToken).ConfigureAwait(false);
        }
        Apply(turnContext, profile, options.Value.DefaultTimeZone);
        await next(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sets locale, UI culture and time zone from a profile (also used after a state reload).</summary>
    public static void Apply(ITurnContext turnContext, UserProfile? profile, string defaultTimeZone)
    {
        var locale = Locales.Normalize(profile?.Locale) ?? Locales.Normalize(turnContext.Activity.Locale) ?? Locales.Default;
        turnContext.Locale = locale;
        CultureInfo.CurrentUICulture = Locales.Culture(locale);
        KernelTurnState.SetTimeZone(turnContext, profile?.TimeZone ?? defaultTimeZone);
    }
}
