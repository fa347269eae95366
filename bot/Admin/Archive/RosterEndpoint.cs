using LeftBehind.Archive;
using LeftBehind.Archive.Roster;

namespace LeftBehind.Bot.Admin.Archive;

/// <summary>POST /admin/roster: multipart field <c>file</c>, or the raw body (text/csv or .xlsx); <c>?dryRun=true</c>.</summary>
internal static class RosterEndpoint
{
    public const int MaxMegabytes = 20;

    public static async Task<IResult> ImportAsync(HttpRequest request, IRosterImporter importer, bool? dryRun, CancellationToken ct)
    {
        const long max = MaxMegabytes * 1024L * 1024L;
        if (request.ContentLength > max) return TooLarge();
        Stream? source = null;
        string? fileName = null;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
            if (file is null) return Results.BadRequest(new { error = ArchiveText.NoFile, errors = Array.Empty<RosterError>() });
            if (file.Length > max) return TooLarge();
            source = file.OpenReadStream();
            fileName = file.FileName;
        }
        source ??= request.Body;

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > max) return TooLarge();
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        var result = AdminScope.School(request.HttpContext) is { } scope
            ? await importer.ImportForSchoolAsync(buffer, dryRun ?? false, scope.School, ct)
            : await importer.ImportAsync(buffer, dryRun ?? false, request.ContentType, fileName, ct);
        var body = new { imported = result.Imported, updated = result.Updated, errors = result.Errors, dryRun = result.DryRun };
        return result.Outcome switch
        {
            RosterImportOutcome.Ok => Results.Ok(body),
            RosterImportOutcome.InvalidRows => Results.UnprocessableEntity(body),
            _ => Results.BadRequest(new { error = result.Errors.FirstOrDefault()?.Message, body.imported, body.updated, body.errors, body.dryRun }),
        };
    }

    private static IResult TooLarge() =>
        Results.Json(new { error = ArchiveText.FileTooLarge(MaxMegabytes) }, statusCode: StatusCodes.Status413PayloadTooLarge);
}
