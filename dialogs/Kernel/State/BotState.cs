using LeftBehind.Dialogs.Kernel;

namespace LeftBehind.Dialogs.State;

/// <summary>
/// Bot Builder's BotState: a JSON document per scope key, cached in the turn, with typed property accessors.
/// Unlike Bot Builder, saves carry the eTag read at load, so a concurrent save elsewhere is a conflict, never a
/// silent overwrite.
/// </summary>
public abstract class BotState(IStorage storage, string contextServiceKey)
{
    public IStorage Storage { get; } = storage;

    internal string ContextServiceKey { get; } = contextServiceKey;

    public IStatePropertyAccessor<T> CreateProperty<T>(string name) =>
        new StatePropertyAccessor<T>(this, name);

    /// <summary>The storage key for this turn, or null when the activity lacks the ids this scope needs.</summary>
    public abstract string? GetStorageKey(ITurnContext turnContext);

    public bool IsLoaded(ITurnContext turnContext) => turnContext.TurnState.ContainsKey(ContextServiceKey);

    /// <summary>Whether the turn's key is in storage (false before load, or when nothing was ever saved under it).</summary>
    public bool Exists(ITurnContext turnContext) => GetCached(turnContext)?.Exists == true;

    public async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        if (!force && IsLoaded(turnContext)) return;
        var key = RequireKey(turnContext);
        var items = await Storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        Attach(turnContext, key, items.GetValueOrDefault(key));
    }

    public async Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        if (GetCached(turnContext) is not { } cached) return;
        var json = cached.GetChangedJson(force);
        if (json is null) return;
        var tags = await Storage.WriteAsync(
            new Dictionary<string, StorageEntry> { [cached.Key] = new(json, force ? ETags.Any : cached.ETag) },
            cancellationToken).ConfigureAwait(false);
        cached.MarkSaved(json, tags[cached.Key]);
    }

    /// <summary>Empties the state; the empty document is written by the next save.</summary>
    public async Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var cached = await LoadCachedAsync(turnContext, cancellationToken).ConfigureAwait(false);
        cached.Clear();
    }

    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        turnContext.TurnState.Remove(ContextServiceKey);
        await Storage.DeleteAsync([RequireKey(turnContext)], cancellationToken).ConfigureAwait(false);
    }

    internal async ValueTask<CachedBotState> LoadCachedAsync(ITurnContext turnContext, CancellationToken ct)
    {
        if (GetCached(turnContext) is { } cached) return cached;
        await LoadAsync(turnContext, false, ct).ConfigureAwait(false);
        return GetCached(turnContext)!;
    }

    internal CachedBotState? GetCached(ITurnContext turnContext) =>
        turnContext.TurnState.TryGetValue(ContextServiceKey, out var v) ? (CachedBotState)v : null;

    internal void Attach(ITurnContext turnContext, string key, StorageEntry? entry) =>
        turnContext.TurnState[ContextServiceKey] = new CachedBotState(key, entry);

    internal void Forget(ITurnContext turnContext) => turnContext.TurnState.Remove(ContextServiceKey);

    private string RequireKey(ITurnContext turnContext) =>
        GetStorageKey(turnContext) ?? throw new InvalidOperationException($"{GetType().Name}: the activity lacks the channel, conversation or user id.");
}
