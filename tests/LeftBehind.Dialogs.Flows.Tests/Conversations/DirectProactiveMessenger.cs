using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Tests.Conversations;

/// <summary>
/// Delivers at once through the test adapter to every binding, so a proactive message arrives in the recipient's
/// phone of the conversation harness. Not durable: the host composes the scheduler's outbox instead. The adapter is
/// passed late because its own middleware (the emergency acknowledgement) sends through this messenger.
/// </summary>
internal sealed class DirectProactiveMessenger(Func<BotAdapter> adapter, IBindingService bindings, IPreferenceService preferences) : IProactiveMessenger
{
    private readonly ConcurrentDictionary<string, byte> _sent = new();

    public async Task SendAsync(int personId, Func<CultureInfo, Activity> build, string key, bool urgent = false, CancellationToken cancellationToken = default)
    {
        if (!_sent.TryAdd(key, 0)) return;
        var prefs = await preferences.GetAsync(personId, cancellationToken).ConfigureAwait(false);
        var activity = build(CultureInfo.GetCultureInfo(prefs.Locale));
        foreach (var address in await bindings.GetAddressesAsync(personId, cancellationToken).ConfigureAwait(false))
        {
            var reference = JsonSerializer.Deserialize<ConversationReference>(address.ConversationReferenceJson, BotJson.Options);
            if (reference is null) continue;
            await adapter().ContinueConversationAsync(reference, (ctx, ct) => ctx.SendActivityAsync(activity with { }, ct), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Nothing waits here: it is delivered at once.</summary>
    public Task<DateTimeOffset?> WaitingUntilAsync(int personId, string key, CancellationToken cancellationToken = default) => Task.FromResult<DateTimeOffset?>(null);

    /// <summary>This double delivers at once or not at all: nothing ever waits to be taken back.</summary>
    public Task<int> WithdrawUndeliveredAsync(int personId, string keyPrefix, string reason, CancellationToken cancellationToken = default) => Task.FromResult(0);
}
