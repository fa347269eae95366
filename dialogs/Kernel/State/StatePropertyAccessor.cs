using LeftBehind.Dialogs.Kernel;

namespace LeftBehind.Dialogs.State;

internal sealed class StatePropertyAccessor<T>(BotState state, string name) : IStatePropertyAccessor<T>
{
    public string Name { get; } = name;

    public async Task<T> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default)
    {
        var cached = await state.LoadCachedAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (cached.TryGet<T>(Name, out var value)) return value;
        if (defaultValueFactory is null) return default!;
        var created = defaultValueFactory();
        cached.SetDefault(Name, created);
        return created;
    }

    public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default)
    {
        var cached = await state.LoadCachedAsync(turnContext, cancellationToken).ConfigureAwait(false);
        cached.Set(Name, value);
    }

    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var cached = await state.LoadCachedAsync(turnContext, cancellationToken).ConfigureAwait(false);
        cached.Remove(Name);
    }
}
