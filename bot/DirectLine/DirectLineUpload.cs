using System.Globalization;
using System.Text.Json;
using LeftBehind.Dialogs.Schema;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace LeftBehind.Bot.DirectLine;

/// <summary>
/// <c>POST …/upload?userId=</c>: a multipart body (an optional <c>application/vnd.microsoft.activity</c> part plus file
/// parts, as Web Chat sends) or one raw file. Files are stored in the database and served from an unguessable URL for
/// the retention period; the bot receives a message whose attachments point there.
/// </summary>
internal static class DirectLineUpload
{
    private const string ActivityContentType = "application/vnd.microsoft.activity";

    public static async Task<IResult> UploadAsync(string conversationId, string? userId, HttpContext http, DirectLineAuth auth, DirectLineService service,
        DirectLineStore store, IOptions<DirectLineOptions> options, TimeProvider time)
    {
        var caller = await auth.AuthenticateAsync(http);
        if (caller.Failed) return DirectLineEndpoints.Fail(caller);
        if (!caller.MayUse(conversationId)) return Adapter.MessagesEndpoint.Error(StatusCodes.Status403Forbidden, "BadArgument", "token is for another conversation");
        if (!await store.ExistsAsync(conversationId, http.RequestAborted)) return Adapter.MessagesEndpoint.Error(StatusCodes.Status404NotFound, "BadArgument", "conversation not found");
        var max = options.Value.MaxUploadBytes;
        if (http.Request.ContentLength > max) return await TooLargeAsync(conversationId, max, service, store, http.RequestAborted);

        Activity? activity = null;
        var files = new List<(string? Name, string ContentType, byte[] Content)>();
        long total = 0;
        var contentType = http.Request.ContentType ?? "application/octet-stream";
        if (MediaTypeHeaderValue.TryParse(contentType, out var mediaType) && mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
            if (string.IsNullOrEmpty(boundary)) return Adapter.MessagesEndpoint.Error(StatusCodes.Status400BadRequest, "BadArgument", "multipart boundary missing");
            var reader = new MultipartReader(boundary, http.Request.Body);
            try
            {
                MultipartSection? section;
                while ((section = await reader.ReadNextSectionAsync(http.RequestAborted)) is not null)
                {
                    var bytes = await Adapter.ActivityReader.ReadCappedAsync(section.Body, max - total, http.RequestAborted);
                    if (bytes is null) return await TooLargeAsync(conversationId, max, service, store, http.RequestAborted);
                    total += bytes.Length;
                    var partType = section.ContentType ?? "application/octet-stream";
                    if (partType.StartsWith(ActivityContentType, StringComparison.OrdinalIgnoreCase))
                    {
                        activity = JsonSerializer.Deserialize<Activity>(bytes, BotJson.Options);
                        continue;
                    }
                    ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition);
                    var name = HeaderUtilities.RemoveQuotes(disposition?.FileName.HasValue == true ? disposition.FileName : disposition?.Name ?? default).Value;
                    files.Add((name, partType, bytes));
                }
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or JsonException)
            {
                return Adapter.MessagesEndpoint.Error(StatusCodes.Status400BadRequest, "BadArgument", "malformed multipart body");
            }
        }
        else
        {
            var bytes = await Adapter.ActivityReader.ReadCappedAsync(http.Request.Body, max, http.RequestAborted);
            if (bytes is null) return await TooLargeAsync(conversationId, max, service, store, http.RequestAborted);
            ContentDispositionHeaderValue.TryParse(http.Request.Headers.ContentDisposition.ToString(), out var disposition);
            files.Add((HeaderUtilities.RemoveQuotes(disposition?.FileName ?? default).Value, contentType, bytes));
        }
        if (files.Count == 0 && activity is null) return Adapter.MessagesEndpoint.Error(StatusCodes.Status400BadRequest, "BadArgument", "no file in the upload");

        activity ??= new Activity { Type = ActivityTypes.Message };
        activity.Type ??= ActivityTypes.Message;
        activity.From ??= new ChannelAccount { Id = userId };
        if (string.IsNullOrEmpty(activity.From.Id)) activity.From.Id = userId;
        if (caller.Token?.UserId is null && string.IsNullOrWhiteSpace(activity.From.Id)) return Adapter.MessagesEndpoint.Error(StatusCodes.Status400BadRequest, "BadArgument", "userId is required");

        // Only images, recognised by their bytes: a page or an SVG is never stored, so it can never be served back.
        var typed = new List<(string? Name, string ContentType, byte[] Content)>();
        foreach (var (name, _, content) in files)
        {
            if (UploadTypes.Sniff(content) is not { } real)
            {
                await TellAsync(conversationId, "UploadNotPicture", service, store, http.RequestAborted);
                return Adapter.MessagesEndpoint.Error(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "only PNG, JPEG, GIF and WebP images can be uploaded");
            }
            typed.Add((UploadTypes.CleanName(name), real, content));
        }
        if (typed.Count > 0)
        {
            var userOf = caller.Token?.UserId ?? activity.From.Id;
            var (count, bytes) = await store.UploadUsageAsync(conversationId, userOf, TimeSpan.FromDays(1), http.RequestAborted);
            var o = options.Value;
            if (count + typed.Count > o.MaxUploadsPerUserPerDay || bytes + typed.Sum(f => (long)f.Content.Length) > o.MaxUploadBytesPerUserPerDay)
            {
                await TellAsync(conversationId, "UploadDailyLimit", service, store, http.RequestAborted);
                return Adapter.MessagesEndpoint.Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "daily upload limit reached");
            }
        }

        var attachments = new List<Attachment>();
        var baseUrl = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/v3/directline/attachments/";
        foreach (var (name, type, content) in typed)
        {
            var id = await store.SaveAttachmentAsync(conversationId, name, type, content, http.RequestAborted);
            attachments.Add(new Attachment { ContentType = type, ContentUrl = baseUrl + id, Name = name });
        }
        activity.Attachments = attachments;
        return await DirectLineEndpoints.RespondAfterTurnAsync(service.PostAsync(conversationId, activity, caller.Token?.UserId, http.RequestAborted), options.Value.AcknowledgeSeconds, time);
    }

    /// <summary>
    /// A picture over the limit is refused as before (413, nothing stored), and the person is told in the conversation,
    /// in its language, that it is too big and how big it may be: Web Chat alone shows only "Send failed".
    /// </summary>
    private static async Task<IResult> TooLargeAsync(string conversationId, long max, DirectLineService service, DirectLineStore store, CancellationToken ct)
    {
        await TellAsync(conversationId, "UploadTooLarge", service, store, ct, Math.Max(1, max / (1024 * 1024)));
        return Adapter.MessagesEndpoint.Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "upload too large");
    }

    /// <summary>Why an upload was refused, said in the conversation in its language; never anything of what was sent.</summary>
    private static async Task TellAsync(string conversationId, string message, DirectLineService service, DirectLineStore store, CancellationToken ct, params object[] args)
    {
        var locale = await store.LatestLocaleAsync(conversationId, ct);
        var text = string.Format(CultureInfo.InvariantCulture, Hosting.HostText.Get(message, locale), args);
        await service.DeliverAsync(new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            Locale = locale,
            From = service.Bot,
            Conversation = new ConversationAccount { Id = conversationId },
        }, ct);
    }

    /// <summary>
    /// Serves a stored file so that it can never act as a page of ours: nosniff, a sandbox CSP with nothing allowed,
    /// no referrer; a known image type is shown inline, anything else (stored before the allow-list) is a download.
    /// </summary>
    public static async Task<IResult> DownloadAsync(string id, DirectLineStore store, IOptions<DirectLineOptions> options, HttpContext http)
    {
        var file = await store.GetAttachmentAsync(id, TimeSpan.FromHours(options.Value.UploadRetentionHours), http.RequestAborted);
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'";
        headers.CacheControl = "private, no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        if (file is null) return Results.NotFound();
        var (contentType, name, content) = file.Value;
        var safe = UploadTypes.IsSafeImage(contentType);
        var disposition = new ContentDispositionHeaderValue(safe ? "inline" : "attachment");
        disposition.SetHttpFileName(UploadTypes.CleanName(name) ?? "file");
        headers.ContentDisposition = disposition.ToString();
        return Results.Bytes(content, safe ? contentType : "application/octet-stream");
    }
}
