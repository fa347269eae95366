using System.Text.RegularExpressions;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Parent;

/// <summary>
/// Where a message may hold two requests: at a connector ("小明这周上学没 顺便帮我问下老师…", "另外", "还有", "对了",
/// "by the way") or after a question or sentence ends ("小明这周上学没？帮我问下老师…"). Each split is a candidate;
/// the caller decides whether both halves are requests.
/// </summary>
internal static partial class TwoRequests
{
    /// <summary>At most this many places are tried (each half is analysed).</summary>
    private const int MaxSplits = 2;

    /// <summary>
    /// The two requests of a message, in order, when both halves of one of its <see cref="Splits"/> are requests the
    /// writer's menu does (<paramref name="routes"/>, given the intent and the half's words) and not the same one; null
    /// otherwise. Shared by the parents' and the grandparents' interceptors.
    /// </summary>
    public static async Task<RoleMenuOptions?> ReadAsync(LeftBehind.Dialogs.Understanding.ITextAnalyzer analyzer, string? text, string? locale, bool atSpaces,
        Func<string?, string, bool> routes, CancellationToken cancellationToken)
    {
        foreach (var (first, second) in Splits(text, atSpaces))
        {
            var one = await analyzer.AnalyzeAsync(first, locale, cancellationToken).ConfigureAwait(false);
            if (!routes(one.Intent, first)) continue;
            var two = await analyzer.AnalyzeAsync(second, locale, cancellationToken).ConfigureAwait(false);
            if (!routes(two.Intent, second) || two.Intent == one.Intent) continue;
            return new RoleMenuOptions(one.Intent) { Text = first, Then = new RoleMenuOptions(two.Intent) { Text = second } };
        }
        return null;
    }

    /// <param name="atSpaces">Spaces end a request too: grandparents type without punctuation ("小明今天到校了没 明天要请假 发烧").</param>
    public static IEnumerable<(string First, string Second)> Splits(string? text, bool atSpaces = false)
    {
        if (string.IsNullOrWhiteSpace(text) || TextNormalizer.IsTooLong(text)) yield break;
        var tried = 0;
        text = text.Trim();
        foreach (Match m in (atSpaces ? BoundaryOrSpace() : Boundary()).Matches(text))
        {
            var first = text[..m.Index].Trim().TrimEnd('，', ',', '、', ' ');
            // "？顺便帮我问下老师…": the connector after the question mark is not part of the second request.
            var second = Connector().Replace(text[(m.Index + m.Length)..].Trim(), string.Empty).Trim().TrimStart('，', ',', '、', ' ');
            if (first.Length < 2 || second.Length < 2) continue;
            yield return (first, second);
            if (++tried == MaxSplits) yield break;
        }
    }

    [GeneratedRegex(@"^(顺便|順便|另外|还有就是|還有就是|还有|還有|对了|對了|by the way|btw|also)[，,\s]*", RegexOptions.IgnoreCase)]
    private static partial Regex Connector();

    [GeneratedRegex(@"顺便|順便|另外|还有就是|還有就是|还有|還有|对了|對了|\bby the way\b|\bbtw\b|\balso\b|[？?。！!；;]+", RegexOptions.IgnoreCase)]
    private static partial Regex Boundary();

    [GeneratedRegex(@"顺便|順便|另外|还有就是|還有就是|还有|還有|对了|對了|\bby the way\b|\bbtw\b|\balso\b|[？?。！!；;，,\s\u3000]+", RegexOptions.IgnoreCase)]
    private static partial Regex BoundaryOrSpace();
}
