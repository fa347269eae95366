using System.Text.RegularExpressions;

namespace LeftBehind.Archive.Tips;

/// <summary>
/// What a tip must be: a code of lower-case letters, digits and dashes; a topic; known age bands and months; and
/// in each language one short sentence (no line breaks, at most <see cref="MaxChineseLength"/> characters in
/// Chinese, <see cref="MaxEnglishLength"/> in English), so it fits one SMS and one breath on a voice call.
/// </summary>
public static partial class TipValidation
{
    public const int MaxChineseLength = 60;
    public const int MaxEnglishLength = 160;

    public static IReadOnlyList<TipInputError> Check(TipInput input)
    {
        var errors = new List<TipInputError>();
        if (string.IsNullOrWhiteSpace(input.Code)) errors.Add(new("code", "Required"));
        else if (!CodePattern().IsMatch(input.Code)) errors.Add(new("code", "CodeFormat"));
        if (!Enum.IsDefined(input.Audience)) errors.Add(new("audience", "Audience"));
        if (string.IsNullOrWhiteSpace(input.Topic)) errors.Add(new("topic", "Required"));
        else if (!TopicPattern().IsMatch(input.Topic)) errors.Add(new("topic", "TopicFormat"));
        if (TipAgeBands.Parse(input.Ages) is null) errors.Add(new("ages", "Ages"));
        if (TipSeason.Parse(input.Months) is null) errors.Add(new("months", "Months"));
        Sentence(errors, "textZhCn", input.TextZhCn, MaxChineseLength);
        Sentence(errors, "textZhTw", input.TextZhTw, MaxChineseLength);
        Sentence(errors, "textEn", input.TextEn, MaxEnglishLength);
        return errors;
    }

    private static void Sentence(List<TipInputError> errors, string field, string? text, int max)
    {
        if (string.IsNullOrWhiteSpace(text)) errors.Add(new(field, "Required"));
        else if (text.Contains('\n') || text.Contains('\r')) errors.Add(new(field, "OneLine"));
        else if (text.Trim().Length > max) errors.Add(new(field, "TooLong"));
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,46}[a-z0-9]$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[a-z][a-z-]{0,31}$")]
    private static partial Regex TopicPattern();
}
