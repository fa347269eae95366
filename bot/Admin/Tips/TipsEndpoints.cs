using LeftBehind.Archive.Model;
using LeftBehind.Archive.Tips;
using LeftBehind.Bot.Hosting;
using Microsoft.Net.Http.Headers;

namespace LeftBehind.Bot.Admin.Tips;

/// <summary>
/// The 家长学校 / 家长课堂 library for school staff: <c>GET /admin/tips?audience=guardian&amp;active=true</c> (with
/// how often each was sent and rated 有用 / 没用), <c>GET /admin/tips/{id}</c>, <c>POST /admin/tips</c> to add and
/// <c>PUT /admin/tips/{id}</c> to edit or switch one off (<c>"active": false</c>). A refused tip gets 400 with one
/// sentence per field, in the language of Accept-Language (zh-CN unless zh-TW or en).
/// </summary>
internal static class TipsEndpoints
{
    public static void MapTipsAdmin(this RouteGroupBuilder admin)
    {
        admin.MapGet("/tips", ListAsync);
        admin.MapGet("/tips/{id:int}", GetAsync);
        admin.MapPost("/tips", CreateAsync);
        admin.MapPut("/tips/{id:int}", UpdateAsync);
    }

    private static async Task<IResult> ListAsync(HttpRequest request, string? audience, bool? active, ITipService tips, CancellationToken ct)
    {
        TipAudience? only = null;
        if (!string.IsNullOrWhiteSpace(audience))
        {
            if (!TryAudience(audience, out var a)) return Invalid(request, [new("audience", "Audience")]);
            only = a;
        }
        return Results.Ok((await tips.ListAsync(only, active ?? false, ct)).Select(View));
    }

    private static async Task<IResult> GetAsync(int id, ITipService tips, CancellationToken ct) =>
        await tips.GetAsync(id, ct) is { } tip ? Results.Ok(View(tip)) : Results.NotFound();

    private static async Task<IResult> CreateAsync(HttpRequest request, TipRequest body, ITipService tips, CancellationToken ct)
    {
        if (!TryInput(body, out var input, out var errors)) return Invalid(request, errors);
        try
        {
            var tip = await tips.CreateAsync(input, ct);
            return Results.Created($"/admin/tips/{tip.Id}", View(tip));
        }
        catch (TipInputException ex)
        {
            return Invalid(request, ex.Errors);
        }
    }

    private static async Task<IResult> UpdateAsync(HttpRequest request, int id, TipRequest body, ITipService tips, CancellationToken ct)
    {
        if (!TryInput(body, out var input, out var errors)) return Invalid(request, errors);
        try
        {
            return await tips.UpdateAsync(id, input, ct) is { } tip ? Results.Ok(View(tip)) : Results.NotFound();
        }
        catch (TipInputException ex)
        {
            return Invalid(request, ex.Errors);
        }
    }

    /// <summary>The tip as staff read it: the audience as its word, the counts beside the texts.</summary>
    private static object View(TipInfo t) => new
    {
        t.Id, t.Code, Audience = t.Audience.ToString().ToLowerInvariant(), t.Topic, t.Ages, t.Months, t.TextZhCn, t.TextZhTw, t.TextEn,
        t.Active, t.Origin, t.UpdatedAt, t.Sent, t.Useful, t.NotUseful,
    };

    private static bool TryInput(TipRequest body, out TipInput input, out IReadOnlyList<TipInputError> errors)
    {
        var audienceOk = TryAudience(body.Audience, out var audience);
        input = new TipInput(body.Code ?? "", audience, body.Topic ?? "", body.Ages ?? "", body.Months ?? "", body.TextZhCn ?? "", body.TextZhTw ?? "", body.TextEn ?? "", body.Active ?? true);
        var found = TipValidation.Check(input).Where(e => e.Field != "audience").ToList();
        if (!audienceOk) found.Insert(0, new("audience", "Audience"));
        errors = found;
        return found.Count == 0;
    }

    private static bool TryAudience(string? text, out TipAudience audience)
    {
        audience = TipAudience.Guardian;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "guardian":
                return true;
            case "parent":
                audience = TipAudience.Parent;
                return true;
            default:
                return false;
        }
    }

    private static IResult Invalid(HttpRequest request, IReadOnlyList<TipInputError> errors)
    {
        var locale = Locale(request);
        var fields = errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => HostText.Get("Tips_Error_" + e.Code, locale)).ToArray());
        return Results.ValidationProblem(fields, title: HostText.Get("Tips_Error_Title", locale));
    }

    /// <summary>The first of our languages the caller accepts; zh-CN otherwise.</summary>
    private static string Locale(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().AcceptLanguage ?? [];
        foreach (var value in accepted.OrderByDescending(v => v.Quality ?? 1).Select(v => v.Value.Value ?? ""))
        {
            if (value.StartsWith("en", StringComparison.OrdinalIgnoreCase)) return "en";
            if (value.StartsWith("zh-TW", StringComparison.OrdinalIgnoreCase) || value.StartsWith("zh-HK", StringComparison.OrdinalIgnoreCase) || value.StartsWith("zh-Hant", StringComparison.OrdinalIgnoreCase)) return "zh-TW";
            if (value.StartsWith("zh", StringComparison.OrdinalIgnoreCase)) return "zh-CN";
        }
        return "zh-CN";
    }
}
