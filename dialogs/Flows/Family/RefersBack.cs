using System.Text.RegularExpressions;
using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Family;

/// <summary>
/// A message that goes on from the person's last request: "他…", "这孩子…", or one that opens with "另外…", "还有…",
/// "那…", "顺便…", "对了…", or a child still unwell ("咋还没好", <see cref="StillUnwell"/>). Naming no child, it is about
/// the child of that request (<see cref="FamilyMemory"/>).
/// </summary>
internal static partial class RefersBack
{
    public static bool Matches(string? text) =>
        !string.IsNullOrWhiteSpace(text) && (PronounRegex().IsMatch(text) || GoesOnRegex().IsMatch(TextNormalizer.Fold(text).Trim()) || StillUnwell(text));

    /// <summary>Longer is a sentence about something else that happens to say 还没好.</summary>
    private const int MaxStillUnwellLength = 10;

    /// <summary>
    /// "咋还没好", "怎么还不见好", "小明还没好呢", "烧还没退": a child who was sick is still not well, said in a few words.
    /// </summary>
    public static bool StillUnwell(string? text)
    {
        var folded = TextNormalizer.Compact(TextNormalizer.Fold(text));
        return folded.Length is > 0 and <= MaxStillUnwellLength && StillUnwellRegex().IsMatch(folded);
    }

    /// <summary>他, 她, 这孩子; and on an English phone he, she, him, her, his ("did he go to school this week").</summary>
    [GeneratedRegex(@"[他她]|这孩子|這孩子|\b(?:he|she|him|her|his)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PronounRegex();

    /// <summary>Folded text (Simplified, half-width) that opens by going on from the message before.</summary>
    [GeneratedRegex(@"^(另外|还有|那么|那|顺便|对了|再|也|and\b|also\b|btw\b)", RegexOptions.IgnoreCase)]
    private static partial Regex GoesOnRegex();

    [GeneratedRegex(@"^[^，,。]{0,4}?(?:咋|怎么|怎|为啥|咋个|还是|病)?还(?:是)?(?:没|不|没有)(?:好|见好|好利索|退)[了呢啊呀哇嘛哩]*[？?！!]*$|^[^，,。]{0,4}?烧(?:还|咋还|怎么还)?(?:没|不)退")]
    private static partial Regex StillUnwellRegex();
}
