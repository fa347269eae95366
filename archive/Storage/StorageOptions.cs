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

    /// <summary>Seed the demo school on an empty database (Development and the README's run command).</summary>
    public bool SeedDemoData { get; set; }
}
