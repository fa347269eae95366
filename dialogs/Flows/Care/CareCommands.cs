using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Care;

/// <summary>
/// The words that start recording a temporary guardian ("临时监护人", the button of the parents' notice), also typed
/// in mixed scripts ("临時监护人") or inside a short sentence ("我要登记临时监护人").
/// </summary>
internal static class CareCommands
{
    /// <summary>A longer message is content (a letter, a question), never this command.</summary>
    private const int MaxLength = 24;

    /// <summary>"临时监护人 王桂芳 孩子姑姑 13800138000": the command first, then the guardian's details.</summary>
    private const int MaxLengthWithDetails = 60;

    private static readonly string[] GuardianWords = CareText.WordsInAllLanguages("GuardianCommands").Select(Fold).Distinct().ToArray();

    public static bool IsRecordGuardian(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLengthWithDetails) return false;
        var folded = Fold(text);
        if (GuardianWords.Any(w => folded.StartsWith(w, StringComparison.Ordinal))) return true;
        return text.Length <= MaxLength && GuardianWords.Any(w => folded.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>Compact, lower-case, and the Traditional characters of these words on their Simplified forms.</summary>
    private static string Fold(string text) =>
        new(TextNormalizer.Compact(text).ToLowerInvariant().Select(c => c switch
        {
            '臨' => '临', '時' => '时', '監' => '监', '護' => '护', '記' => '记', '託' => '托',
            _ => c,
        }).ToArray());
}
