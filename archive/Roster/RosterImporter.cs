using LeftBehind.Archive.Data;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Roster;

internal sealed class RosterImporter(IDbContextFactory<ArchiveDbContext> dbs, TimeProvider time) : IRosterImporter
{
    public const int MaxRows = 50_000;

    public Task<RosterImportResult> ImportAsync(Stream content, bool dryRun, string? contentType = null, string? fileName = null, CancellationToken cancellationToken = default) =>
        RunAsync(content, dryRun, null, cancellationToken);

    public Task<RosterImportResult> ImportForSchoolAsync(Stream content, bool dryRun, string school, CancellationToken cancellationToken = default) =>
        RunAsync(content, dryRun, school, cancellationToken);

    private async Task<RosterImportResult> RunAsync(Stream content, bool dryRun, string? onlySchool, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        var (table, fileError) = RosterFileReader.Read(buffer.ToArray());
        if (table is null) return Bad(dryRun, new RosterError(0, "", fileError!));
        if (table.Rows.Count > MaxRows) return Bad(dryRun, new RosterError(0, "", RosterText.Get("TooManyRows", MaxRows)));

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var (rows, errors) = RosterValidator.Validate(table, today, onlySchool);
        if (errors.Count > 0)
        {
            var headerProblem = errors.Any(e => e.Row == 1);
            return new RosterImportResult(headerProblem ? RosterImportOutcome.BadFile : RosterImportOutcome.InvalidRows, 0, 0, errors, dryRun);
        }
        if (rows.Count == 0) return Bad(dryRun, new RosterError(0, "", RosterText.Get("NoRows")));

        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var writer = new RosterWriter(db, time.GetUtcNow());
        if (dryRun)
        {
            var (i, u) = await writer.CountAsync(rows, cancellationToken);
            return new RosterImportResult(RosterImportOutcome.Ok, i, u, [], true);
        }
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var (imported, updated) = await writer.WriteAsync(rows, ct);
            await tx.CommitAsync(ct);
            return new RosterImportResult(RosterImportOutcome.Ok, imported, updated, [], false);
        }, cancellationToken);
    }

    private static RosterImportResult Bad(bool dryRun, RosterError error) => new(RosterImportOutcome.BadFile, 0, 0, [error], dryRun);
}
