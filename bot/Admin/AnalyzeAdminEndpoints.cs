using System.Text.Json;
using LeftBehind.Dialogs.Understanding;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.Admin;

internal static class AnalyzeAdminEndpoints
{
    /// <summary>Admin endpoints for message analysis (understanding issue).</summary>
    public static RouteGroupBuilder MapAnalyzeAdmin(this RouteGroupBuilder admin)
    {
        // POST /admin/analyze {"text": "...", "locale": "zh-CN"?} shows operators why the bot routed a message.
        admin.MapPost("/analyze", AnalyzeAsync);
        return admin;
    }

    private static async Task<IResult> AnalyzeAsync(
        HttpRequest request, ITextAnalyzer analyzer, IOptions<TextAnalysisOptions> options, CancellationToken cancellationToken)
    {
        string? text;
        string? locale;
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            if (body.RootElement.ValueKind != JsonValueKind.Object) return BadRequest("the body must be a JSON object {\"text\": \"...\"}");
            text = ReadString(body.RootElement, "text");
            locale = ReadString(body.RootElement, "locale");
        }
        catch (JsonException)
        {
            return BadRequest("the body must be JSON: {\"text\": \"...\"}");
        }
        catch (InvalidOperationException)
        {
            return BadRequest("\"text\" and \"locale\" must be strings");
        }

        if (string.IsNullOrWhiteSpace(text)) return BadRequest("\"text\" is required and must not be empty");
        var max = options.Value.MaxTextLength;
        if (text.Length > max) return BadRequest($"\"text\" is {text.Length} characters long; the limit is {max}");

        var analysis = await analyzer.AnalyzeAsync(text, locale, cancellationToken);
        return Results.Ok(new
        {
            intent = analysis.Intent,
            confidence = analysis.Confidence,
            urgent = analysis.Urgent,
            reason = analysis.UrgencyReason,
            language = analysis.Language,
            sentiment = analysis.Sentiment,
            redacted = analysis.Redacted,
        });
    }

    private static string? ReadString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetString() : null;

    private static IResult BadRequest(string error) => Results.BadRequest(new { error });
}
