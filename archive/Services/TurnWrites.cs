using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LeftBehind.Archive.Services;

/// <summary>
/// Makes the rows a conversation turn files idempotent by the activity that caused them. A turn can run more than once
/// for one activity: a state conflict re-runs it, and an instance that died mid-turn leaves it to be run again by
/// another. Each run (attempt) opens a scope with the activity's identity; the n-th question (leave request, letter,
/// note) filed in it gets the key "activity + kind + n", stored on the row under a unique index. A re-run that files
/// it again gets the row the first run wrote instead of a second one, so a teacher never sees a phantom question and
/// the outbox notice keyed by the row's id is not sent twice. Writes outside a turn (admin API, scheduler) have no
/// scope and no key.
/// </summary>
public sealed class TurnWrites : IDisposable
{
    /// <summary>The key column's length: a SHA-256 in hex, the kind and the ordinal.</summary>
    public const int KeyLength = 96;

    private static readonly AsyncLocal<TurnWrites?> s_current = new();

    private readonly string _activity;
    private readonly TurnWrites? _outer;
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    private TurnWrites(string activity, TurnWrites? outer)
    {
        _activity = activity;
        _outer = outer;
    }

    /// <summary>
    /// Opens the scope of one run of a turn; dispose it when the run ends. <paramref name="channelId"/>,
    /// <paramref name="conversationId"/> and <paramref name="activityId"/> identify the activity across redeliveries;
    /// without an activity id there is nothing to key by and nothing is opened.
    /// </summary>
    public static IDisposable? Begin(string? channelId, string? conversationId, string? activityId)
    {
        if (string.IsNullOrEmpty(activityId)) return null;
        var identity = string.Join('\u001f', channelId ?? "", conversationId ?? "", activityId);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)));
        var scope = new TurnWrites(hash, s_current.Value);
        s_current.Value = scope;
        return scope;
    }

    /// <summary>The key for the next row of <paramref name="kind"/> this run files; null outside a turn.</summary>
    internal static string? Next(string kind)
    {
        if (s_current.Value is not { } scope) return null;
        var n = scope._counts.AddOrUpdate(kind, 1, (_, c) => c + 1);
        return scope._activity + ":" + kind + n.ToString(CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        if (ReferenceEquals(s_current.Value, this)) s_current.Value = _outer;
    }
}
