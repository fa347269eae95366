using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Conversations;

/// <summary>
/// "换了手机", "手机丢了", "new phone": a person on a new device (the words <c>NewPhoneWords</c> in every language).
/// Read before binding (<see cref="InviteBinding"/>: the school reissues their code) and once bound
/// (<see cref="NewPhoneInterceptor"/>: a new code from the head teacher, sent from the new phone).
/// </summary>
internal static class NewPhoneRequest
{
    private static readonly string[] Words = ConversationText.Strings.WordsInAllLanguages("NewPhoneWords").Select(TextNormalizer.Fold).ToArray();

    /// <summary>True when the message says the person has a new phone.</summary>
    public static bool Matches(string text)
    {
        var t = TextNormalizer.Fold(text);
        return Words.Any(w => t.Contains(w, StringComparison.OrdinalIgnoreCase));
    }
}
