using System.Text.RegularExpressions;
using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Family;

/// <summary>
/// A message that goes on from the person's last request: "他…", "这孩子…", or one that opens with "另外…", "还有…",
/// "那…", "顺便…", "对了…". Naming no child, it is about the child of that request (<see cref="FamilyMemory"/>).
/// </summary>
internal static partial class RefersBack
{
    public static bool Matches(string? text) =>
        !string.IsNullOrWhiteSpace(text) && (PronounRegex().IsMatch(text) || GoesOnRegex().IsMatch(TextNormalizer.Fold(text).Trim()));

    [GeneratedRegex("[他她]|这孩子|這孩子")]
    private static partial Regex PronounRegex();

    /// <summary>Folded text (Simplified, half-width) that opens by going on from the message before.</summary>
    [GeneratedRegex(@"^(另外|还有|那么|那|顺便|对了|再|也|and\b|also\b|btw\b)", RegexOptions.IgnoreCase)]
    private static partial Regex GoesOnRegex();
}
