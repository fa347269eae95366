using LeftBehind.Archive;
using LeftBehind.Archive.Services;

namespace LeftBehind.Bot.Admin.Archive;

/// <summary>POST /admin/attendance and /admin/notes: JSON lists, all or nothing; 422 with {row, column, message} errors.</summary>
internal static class RecordsEndpoints
{
    public static async Task<IResult> AttendanceAsync(List<AttendanceInput>? items, IRecordsImporter importer, CancellationToken ct) =>
        items is null ? Empty() : ToResult(await importer.ImportAttendanceAsync(items, ct));

    public static async Task<IResult> NotesAsync(List<NoteInput>? items, IRecordsImporter importer, CancellationToken ct) =>
        items is null ? Empty() : ToResult(await importer.ImportNotesAsync(items, ct));

    private static IResult Empty() => Results.BadRequest(new { error = ArchiveText.EmptyList });

    private static IResult ToResult(RecordsImportResult r) =>
        r.Errors.Count == 0 ? Results.Ok(new { written = r.Written, errors = r.Errors }) : Results.UnprocessableEntity(new { written = 0, errors = r.Errors });
}
