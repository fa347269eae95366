using System.Globalization;

namespace LeftBehind.Bench.Infra;

/// <summary>CPU time and memory of a process from /proc (Linux), read by pid so any process can be measured.</summary>
internal static class ProcFs
{
    /// <summary>USER_HZ: the unit of utime/stime in /proc/[pid]/stat; 100 on every Linux build we run on.</summary>
    private const double TicksPerSecond = 100;

    /// <summary>utime + stime of the process in seconds, or null when it is gone.</summary>
    public static double? CpuSeconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name (field 2) may contain spaces: fields are counted after its closing parenthesis.
            var rest = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var utime = long.Parse(rest[11], CultureInfo.InvariantCulture);
            var stime = long.Parse(rest[12], CultureInfo.InvariantCulture);
            return (utime + stime) / TicksPerSecond;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>A "kB" line of /proc/[pid]/status (VmRSS, VmHWM, …) in MiB, or null when the process is gone.</summary>
    public static double? StatusMiB(int pid, string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (!line.StartsWith(field + ":", StringComparison.Ordinal)) continue;
                var kb = long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                return kb / 1024.0;
            }
        }
        catch (IOException)
        {
        }
        return null;
    }

    public static bool IsAlive(int pid) => Directory.Exists($"/proc/{pid}") && StatusMiB(pid, "VmRSS") is not null;
}
