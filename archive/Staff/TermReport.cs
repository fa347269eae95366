namespace LeftBehind.Archive.Staff;

/// <summary>Each school's figures and the total (computed from the same rows, so medians are the total's own, not sums).</summary>
public sealed record TermReport(IReadOnlyList<TermReportFigures> Schools, TermReportFigures Total);
