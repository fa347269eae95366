using LeftBehind.Dialogs.Kernel;

namespace LeftBehind.Dialogs.State;

/// <summary>Loads and saves several states of one storage together: one read and one atomic write per turn.</summary>
internal sealed class BotStateSet(params BotState[] states)
{
    public IReadOnlyList<BotState> States { get; } = states;

    public async Task LoadAllAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        var pending = new List<(BotState State, string Key)>(States.Count);
        foreach (var s in States)
        {
            if (!force && s.IsLoaded(turnContext)) continue;
            if (s.GetStorageKey(turnContext) is { } key) pending.Add((s, key));
        }
        foreach (var group in pending.GroupBy(p => p.State.Storage))
        {
            var items = await group.Key.ReadAsync(group.Select(p => p.Key).ToList(), cancellationToken).ConfigureAwait(false);
            foreach (var (state, key) in group) state.Attach(turnContext, key, items.GetValueOrDefault(key));
        }
    }

    /// <summary>The one storage every state uses, or null when they use several.</summary>
    public IStorage? SharedStorage => States.All(s => s.Storage == States[0].Storage) ? States[0].Storage : null;

    /// <summary>The turn's storage keys of every state that has one.</summary>
    public IReadOnlyCollection<string> Keys(ITurnContext turnContext) => States.Select(s => s.GetStorageKey(turnContext)).OfType<string>().ToList();

    /// <summary>Attaches rows read elsewhere (<see cref="IStateReadingClusterLock"/>) as <see cref="LoadAllAsync"/> would have read them.</summary>
    public void AttachAll(ITurnContext turnContext, IReadOnlyDictionary<string, StorageEntry> rows)
    {
        foreach (var s in States)
        {
            if (s.GetStorageKey(turnContext) is { } key) s.Attach(turnContext, key, rows.GetValueOrDefault(key));
        }
    }

    /// <summary>
    /// Writes every changed state, one atomic batch per storage. <paramref name="alongside"/> is one more entry that must
    /// stand or fall with the states (the turn's redelivery record), written in the batch of its storage.
    /// <paramref name="sharedWriter"/>, when given, writes the batch of <see cref="SharedStorage"/> instead of it (the
    /// held cluster lock's connection, <see cref="LockedRows.Writer"/>).
    /// </summary>
    public async Task SaveAllChangesAsync(ITurnContext turnContext, bool force = false, StateRow? alongside = null, CancellationToken cancellationToken = default, IStateWriter? sharedWriter = null)
    {
        var changes = new List<(CachedBotState Cached, IStorage Storage, string Json)>(States.Count);
        foreach (var s in States)
        {
            if (s.GetCached(turnContext) is { } cached && cached.GetChangedJson(force) is { } json) changes.Add((cached, s.Storage, json));
        }
        var storages = changes.Select(c => c.Storage).Distinct().ToList();
        if (alongside is not null && !storages.Contains(alongside.Storage)) storages.Add(alongside.Storage);
        foreach (var storage in storages)
        {
            var group = changes.Where(c => c.Storage == storage).ToList();
            var batch = group.ToDictionary(c => c.Cached.Key, c => new StorageEntry(c.Json, force ? ETags.Any : c.Cached.ETag), StringComparer.Ordinal);
            if (alongside is not null && alongside.Storage == storage) batch[alongside.Key] = alongside.Entry;
            var tags = sharedWriter is not null && storage == SharedStorage
                ? await sharedWriter.WriteAsync(batch, cancellationToken).ConfigureAwait(false)
                : await storage.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
            foreach (var c in group) c.Cached.MarkSaved(c.Json, tags[c.Cached.Key]);
        }
    }

    /// <summary>Whether a save now would write anything (serialises every loaded state once).</summary>
    public bool HasChanges(ITurnContext turnContext) =>
        States.Any(s => s.GetCached(turnContext)?.GetChangedJson(false) is not null);

    /// <summary>Drops the turn's cached copies so the next load reads storage again (after a conflict).</summary>
    public void ForgetAll(ITurnContext turnContext)
    {
        foreach (var s in States) s.Forget(turnContext);
    }
}
