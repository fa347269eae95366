using System.ComponentModel.DataAnnotations;

namespace LeftBehind.Dialogs.Kernel;

/// <summary>Section <c>Kernel</c>.</summary>
public sealed class KernelOptions
{
    public const string Section = "Kernel";

    /// <summary>Where bot state lives: Database (the project's SQLite/PostgreSQL, the default) or Memory (tests only).</summary>
    public KernelStorageKind Storage { get; set; } = KernelStorageKind.Database;

    [Required] public string DefaultTimeZone { get; set; } = KernelTurnState.DefaultTimeZoneId;

    /// <summary>How often a turn is re-run after an eTag conflict before it fails.</summary>
    [Range(1, 20)] public int MaxTurnAttempts { get; set; } = 5;

    /// <summary>
    /// How many recent inbound activity ids each conversation remembers with its replies, so that an activity a
    /// channel redelivers (same id) is answered from the record instead of running its step again. 0 turns it off.
    /// </summary>
    [Range(0, 64)] public int ProcessedActivityWindow { get; set; } = 12;

    /// <summary>Size cap (UTF-8 JSON bytes) of the replies kept for one activity of that window; over it, only the id is kept.</summary>
    [Range(0, 1_048_576)] public int ProcessedReplyBytes { get; set; } = 8192;

    /// <summary>
    /// Keep a redacted in-memory transcript of recent conversations (<see cref="MemoryTranscriptStore"/>, for diagnosis
    /// and tests). Off by default: nothing in the service reads it, it costs a copy and a redaction of every activity
    /// (issue 16), and it would keep message text in memory after an erasure.
    /// </summary>
    public bool TranscriptLogging { get; set; }

    [Range(0, 60_000)] public int TypingDelayMs { get; set; } = 500;

    [Range(100, 60_000)] public int TypingPeriodMs { get; set; } = 2000;
}
