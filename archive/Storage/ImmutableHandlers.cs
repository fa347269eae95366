namespace LeftBehind.Archive.Storage;

/// <summary>A copy-on-write list of handlers: dispatch reads it without a lock.</summary>
internal sealed class ImmutableHandlers<T>
{
    public static readonly ImmutableHandlers<T> Empty = new([]);

    private ImmutableHandlers(Action<T>[] items) => Items = items;

    public Action<T>[] Items { get; }

    public ImmutableHandlers<T> Add(Action<T> handler) => new([.. Items, handler]);

    public ImmutableHandlers<T> Remove(Action<T> handler) => new(Items.Where(h => !ReferenceEquals(h, handler)).ToArray());
}
