using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Teacher;

/// <summary>
/// A teacher's attendance message: "全到" (everyone), or "缺：张三 李四" / "缺:张三,李四" / "absent: A, B"
/// (full-width or half-width colon, any of space , ， 、 ; ； as separators).
/// </summary>
internal static class AttendanceText
{
    private static readonly char[] Separators = [' ', ',', '，', '、', ';', '；', '\n', '\t'];

    public static bool TryParse(string? text, out IReadOnlyList<string> absent)
    {
        absent = [];
        if (string.IsNullOrWhiteSpace(text) || TextNormalizer.IsTooLong(text)) return false;
        var t = TextNormalizer.Normalize(text);
        if (TeacherText.WordsInAllLanguages("AllPresentWords").Any(w => TextNormalizer.Compact(w) == TextNormalizer.Compact(t))) return true;
        foreach (var prefix in TeacherText.WordsInAllLanguages("AbsentPrefixes").OrderByDescending(p => p.Length))
        {
            if (!t.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var names = t[prefix.Length..].TrimStart(':', ' ').Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (names.Length == 0) return false;
            absent = names.Distinct(StringComparer.Ordinal).ToList();
            return true;
        }
        return false;
    }
}
