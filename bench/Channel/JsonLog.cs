using System.Text.Json;

namespace LeftBehind.Bench.Channel;

/// <summary>An append-only JSON-lines log (the sink's log, the simulator's turn log) that fault drills read back.</summary>
internal sealed class JsonLog : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly long _start = System.Diagnostics.Stopwatch.GetTimestamp();

    public JsonLog(string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        _writer = new StreamWriter(path, append: false) { AutoFlush = false };
        FilePath = path;
    }

    public string FilePath { get; }

    public void Write<T>(T entry)
    {
        var line = JsonSerializer.Serialize(entry, JsonDefaults.Options);
        var ms = System.Diagnostics.Stopwatch.GetElapsedTime(_start).TotalMilliseconds;
        lock (_writer)
        {
            _writer.Write("{\"ms\":");
            _writer.Write(Math.Round(ms, 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
            _writer.Write(',');
            _writer.WriteLine(line.AsSpan(1));
        }
    }

    public void Flush()
    {
        lock (_writer) _writer.Flush();
    }

    public void Dispose()
    {
        lock (_writer) _writer.Dispose();
    }
}
