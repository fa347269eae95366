using System.ComponentModel.DataAnnotations;

namespace LeftBehind.Archive.Storage;

/// <summary>Section <c>Storage</c>; the connection string is <c>ConnectionStrings:LeftBehind</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Filled from ConnectionStrings:LeftBehind; the embedded default is a SQLite file under data/.</summary>
    [Required(AllowEmptyStrings = false)]
    public string ConnectionString { get; set; } = "Data Source=data/leftbehind.db";

    /// <summary>
    /// SQLite only: EF Core's writes also queue for the process's write gate (with the group-committing writer and
    /// <see cref="IDbConnectionFactory.EnterWriteAsync"/> users) instead of meeting them in SQLite's busy handler. Off
    /// by default: on a machine short of CPU the hand-over between queued EF writers waits for the thread pool
    /// (BENCHMARKS.md, "storage and Direct Line").
    /// </summary>
    public bool GateEfWrites { get; set; }

    /// <summary>Seed the demo school on an empty database (Development and the README's run command).</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>
    /// The seeded demo families as if every parent and guardian had agreed on paper at enrolment (consent version
    /// <c>paper</c>): tests and demos about other things bind without the separate question. Off by default, so a demo
    /// shows the consent step (issue #14).
    /// </summary>
    public bool DemoFamiliesConsented { get; set; }
}
