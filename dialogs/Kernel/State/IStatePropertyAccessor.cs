using LeftBehind.Dialogs.Kernel;

namespace LeftBehind.Dialogs.State;

/// <summary>A typed property of a <see cref="BotState"/>, loaded with the turn and saved with it.</summary>
public interface IStatePropertyAccessor<T>
{
    string Name { get; }

    /// <summary>
    /// The stored value, or the default factory's (kept, so changes to it are saved), or default. A factory's value
    /// nobody changed does not create a state key on its own: the factory makes it again next turn.
    /// </summary>
    Task<T> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default);

    Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default);

    Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
