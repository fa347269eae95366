using System.Collections.Concurrent;
using System.Globalization;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Tests.Emergency;

/// <summary>The proactive boundary in tests: renders each message in the recipient's stored language and records it, once per key.</summary>
internal sealed class RecordingMessenger(IPreferenceService preferences) : IProactiveMessenger
{
    private readonly ConcurrentDictionary<string, byte> _keys = new();

    public ConcurrentQueue<SentMessage> Sent { get; } = new();

    public async Task SendAsync(int personId, Func<CultureInfo, Activity> build, string key, bool urgent = false, CancellationToken cancellationToken = default)
    {
        if (!_keys.TryAdd(key, 0)) return;
        var prefs = await preferences.GetAsync(personId, cancellationToken);
        Sent.Enqueue(new SentMessage(personId, build(CultureInfo.GetCultureInfo(prefs.Locale)), key, urgent));
    }

    /// <summary>What was taken back: (person, key prefix).</summary>
    public ConcurrentQueue<(int PersonId, string KeyPrefix)> Withdrawn { get; } = new();

    /// <summary>Nothing waits here: it is recorded at once.</summary>
    public Task<DateTimeOffset?> WaitingUntilAsync(int personId, string key, CancellationToken cancellationToken = default) => Task.FromResult<DateTimeOffset?>(null);

    /// <summary>Records the withdrawal; what was recorded for the person under the prefix counts as taken back.</summary>
    public Task<int> WithdrawUndeliveredAsync(int personId, string keyPrefix, string reason, CancellationToken cancellationToken = default)
    {
        Withdrawn.Enqueue((personId, keyPrefix));
        return Task.FromResult(Sent.Count(m => m.PersonId == personId && m.Key.StartsWith(keyPrefix, StringComparison.Ordinal)));
    }

    public IReadOnlyList<SentMessage> To(int personId) => Sent.Where(m => m.PersonId == personId).ToList();
}

internal sealed record SentMessage(int PersonId, Activity Activity, string Key, bool Urgent)
{
    public string Text => Activity.Text ?? string.Empty;
}
