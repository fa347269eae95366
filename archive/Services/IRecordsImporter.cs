namespace LeftBehind.Archive.Services;

/// <summary>Attendance and notes from systems that already hold them (admin API); all or nothing.</summary>
public interface IRecordsImporter
{
    Task<RecordsImportResult> ImportAttendanceAsync(IReadOnlyList<AttendanceInput> items, CancellationToken cancellationToken = default);

    Task<RecordsImportResult> ImportNotesAsync(IReadOnlyList<NoteInput> items, CancellationToken cancellationToken = default);
}
