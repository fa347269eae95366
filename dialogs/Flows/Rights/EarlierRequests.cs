using System.Collections.Concurrent;

namespace LeftBehind.Dialogs.Rights;

/// <summary>
/// The requests people made while the consent question waited ("小明今天到校了吗"), carried on once they agree
/// (<see cref="ConsentGate"/>). Minimum data (PIPL): someone who has not agreed has their words held in this process's
/// memory only, never written to the stored state, and each is forgotten by the clock after
/// <see cref="ConsentGate.EarlierRequestWindow"/> whether or not they ever write again, or at once when they decline.
/// A restart or another instance simply forgets it: they then get the menu after agreeing, as before.
/// </summary>
internal sealed class EarlierRequests(TimeProvider time)
{
    private readonly ConcurrentDictionary<int, EarlierRequest> _requests = new();

    /// <summary>How many requests are held now.</summary>
    public int Count => _requests.Count;

    /// <summary>Holds <paramref name="text"/> for <paramref name="personId"/> (replacing an earlier one) until the window ends.</summary>
    public void Keep(int personId, string text)
    {
        var entry = new EarlierRequest(text, time.GetUtcNow());
        entry.Timer = time.CreateTimer(_ => Remove(personId, entry), null, ConsentGate.EarlierRequestWindow, Timeout.InfiniteTimeSpan);
        if (_requests.TryGetValue(personId, out var old)) Remove(personId, old);
        _requests[personId] = entry;
    }

    /// <summary>The request <paramref name="personId"/> made within the window, forgotten as it is taken; else null.</summary>
    public string? Take(int personId)
    {
        if (!_requests.TryRemove(personId, out var entry)) return null;
        entry.Timer?.Dispose();
        return time.GetUtcNow() - entry.At <= ConsentGate.EarlierRequestWindow ? entry.Text : null;
    }

    /// <summary>Forgets what <paramref name="personId"/> asked (they declined).</summary>
    public void Forget(int personId) => Take(personId);

    private void Remove(int personId, EarlierRequest entry)
    {
        if (_requests.TryRemove(new KeyValuePair<int, EarlierRequest>(personId, entry))) entry.Timer?.Dispose();
    }
}
