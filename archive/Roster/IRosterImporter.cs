namespace LeftBehind.Archive.Roster;

/// <summary>Roster (档案) import: CSV (UTF-8 with or without BOM, or GB18030) or .xlsx; all or nothing.</summary>
public interface IRosterImporter
{
    /// <summary>The format is detected from the content (xlsx is a zip); contentType/fileName are hints only.</summary>
    Task<RosterImportResult> ImportAsync(Stream content, bool dryRun, string? contentType = null, string? fileName = null, CancellationToken cancellationToken = default);

    /// <summary>As <see cref="ImportAsync"/> for one school's administrator: a row of another school is an error on its 学校 cell.</summary>
    Task<RosterImportResult> ImportForSchoolAsync(Stream content, bool dryRun, string school, CancellationToken cancellationToken = default);
}
