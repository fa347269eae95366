using System.Runtime.InteropServices;

namespace LeftBehind.Bench.Infra;

/// <summary>POSIX signals by pid: SIGKILL for fault drills, SIGTERM for a graceful stop.</summary>
internal static partial class Signals
{
    public const int SigTerm = 15;
    public const int SigKill = 9;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    public static bool Send(int pid, int signal) => Kill(pid, signal) == 0;
}
