using System.Data.Common;

namespace LeftBehind.Scheduler.Storage;

/// <summary>The scheduler's column conventions (times as Unix milliseconds); commands come from the archive's <see cref="LeftBehind.Archive.Storage.DbCommandExtensions"/>.</summary>
internal static class UnixMsColumns
{
    public static long ToUnixMs(this DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromUnixMs(long value) => DateTimeOffset.FromUnixTimeMilliseconds(value);

    public static string? GetNullableString(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long? GetNullableInt64(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);
}
