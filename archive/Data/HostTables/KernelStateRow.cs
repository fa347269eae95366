namespace LeftBehind.Archive.Data.HostTables;

/// <summary>kernel_state: the conversation kernel's bot state; read and written by the kernel's own SQL, never through EF.</summary>
internal sealed class KernelStateRow
{
    public required string Key { get; set; }
    public required string ETag { get; set; }
    public required string Data { get; set; }
}
