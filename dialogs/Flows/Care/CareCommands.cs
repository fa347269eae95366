using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Care;

/// <summary>The words that start recording a temporary guardian ("临时监护人", the button of the parents' notice).</summary>
internal static class CareCommands
{
    private static readonly string[] GuardianWords = CareText.WordsInAllLanguages("GuardianCommands").Select(w => TextNormalizer.Compact(w).ToLowerInvariant()).ToArray();

    public static bool IsRecordGuardian(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 20) return false;
        var compact = TextNormalizer.Compact(text).ToLowerInvariant();
        return GuardianWords.Any(w => compact == w || compact == "登记" + w);
    }
}
