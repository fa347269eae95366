namespace LeftBehind.Tests.Kernel;

public sealed class CounterState
{
    public int Count { get; set; }
    public List<string> Seen { get; set; } = [];
}
