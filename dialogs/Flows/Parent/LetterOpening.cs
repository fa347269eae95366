using System.Text.RegularExpressions;

namespace LeftBehind.Dialogs.Parent;

/// <summary>
/// What the message that started the letter flow already says: "给小明写信：小明，爸爸想你了" brings the letter's first
/// lines after the colon.
/// </summary>
internal static partial class LetterOpening
{
    /// <summary>The letter's first lines written after "写信：", or null.</summary>
    public static string? Content(string? text)
    {
        if (text is null) return null;
        var m = ContentRegex().Match(text);
        return m.Success && m.Groups["content"].Value.Trim() is { Length: >= 2 } content ? content : null;
    }

    [GeneratedRegex(@"^[^：:]{0,20}?(?:[写寫](?:一)?[封份]?信|write (?:a |my )?letter)[^：:]{0,10}[：:]\s*(?<content>.+)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ContentRegex();
}
