using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

// EF1001: the SQLite provider's connection service is internal API; it is subclassed only to leave out what it adds.
#pragma warning disable EF1001

namespace LeftBehind.Archive.Data;

/// <summary>
/// EF Core's SQLite connection without the eleven functions and one collation it registers on every connection it creates
/// (regexp and the ef_* decimal helpers). Microsoft.Data.Sqlite re-registers them on every pooled open and removes them
/// on every close: about 5 % of a real-flow turn's CPU, for SQL our model never produces (no regular expressions in
/// queries; the one decimal column, ChannelSend.Cost, is only read and written, never compared, ordered or summed in SQL).
/// A query that needs one fails loudly ("no such function: ef_compare") in the tests that run it.
/// </summary>
internal sealed class LeanSqliteRelationalConnection(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    protected override DbConnection CreateDbConnection() => new SqliteConnection(GetValidatedConnectionString());
}
