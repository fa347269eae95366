using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Dialogs.Conversations;

/// <summary>
/// Delivers at once through the adapter to every binding. Not durable: the scheduler's outbox replaces it when the
/// scheduler is registered; this one keeps the dialogs usable on their own (tests, tools).
/// </summary>
internal sealed class DirectProactiveMessenger(IServiceProvider services, IBindingService bindings, IPreferenceService preferences) : IProactiveMessenger
{
    private readonly ConcurrentDictionary<string, byte> _sent = new();

    public async Task SendAsync(int personId, Func<CultureInfo, Activity> build, string key, bool urgent = false, CancellationToken cancellationToken = default)
    {
        if (!_sent.TryAdd(key, 0)) return;
        var adapter = services.GetRequiredService<BotAdapter>();
        var prefs = await preferences.GetAsync(personId, cancellationToken).ConfigureAwait(false);
        var activity = build(CultureInfo.GetCultureInfo(prefs.Locale));
        foreach (var address in await bindings.GetAddressesAsync(personId, cancellationToken).ConfigureAwait(false))
        {
            var reference = JsonSerializer.Deserialize<ConversationReference>(address.ConversationReferenceJson, BotJson.Options);
            if (reference is null) continue;
            await adapter.ContinueConversationAsync(reference, (ctx, ct) => ctx.SendActivityAsync(activity with { }, ct), cancellationToken).ConfigureAwait(false);
        }
    }
}
