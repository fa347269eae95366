namespace LeftBehind.Dialogs.Kernel;

/// <summary>Per-turn services and cached state, keyed by name or by type.</summary>
public sealed class TurnContextStateCollection : Dictionary<string, object>
{
    public T? Get<T>(string key) where T : class => TryGetValue(key, out var v) ? v as T : null;
    public T? Get<T>() where T : class => Get<T>(typeof(T).FullName!);
    public void Set<T>(string key, T value) where T : class => this[key] = value;
    public void Set<T>(T value) where T : class => Set(typeof(T).FullName!, value);
}
