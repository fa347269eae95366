using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Kernel;

namespace LeftBehind.Dialogs.Conversations;

/// <summary>
/// "欢迎回来" on a new conversation (a second device, a cleared phone) names what is open or arrived lately, since the
/// old conversation's history is not on this screen: an open emergency, questions waiting for a teacher, answers and
/// letters of the last days. Counts and short quotes only; the flows show the rest.
/// </summary>
internal sealed class WelcomeBackSummary(IEmergencyService emergencies, IQuestionService questions, ILetterService letters, IChildrenService children, TimeProvider time)
{
    private static readonly TimeSpan Lately = TimeSpan.FromDays(7);
    private const int QuoteLength = 40;
    private const int MaxAnswers = 3;

    public async Task<string> ComposeAsync(ITurnContext context, CurrentUser user, CancellationToken ct)
    {
        var t = ConversationText.Strings;
        var lines = new List<string> { t.Get(context, "WelcomeBack", user.Person.Name) };
        foreach (var e in await emergencies.OpenForAsync(user.Person.PersonId, ct).ConfigureAwait(false))
            lines.Add(t.Get(context, "WelcomeBackEmergency", e.ChildName, Quote(Notifications.FamilyNotifications.EmergencyWhat(Resources.ResxText.CultureOf(context.Locale), e))));
        var actor = user.Actor;
        if (actor.Role is ActorRole.Teacher or ActorRole.Admin)
        {
            var waiting = (await questions.InboxAsync(actor, ct).ConfigureAwait(false)).Count;
            if (waiting > 0) lines.Add(t.Get(context, "WelcomeBackInbox", waiting));
            return string.Join("\n", lines);
        }
        var since = time.GetUtcNow() - Lately;
        var (answered, open, newLetters) = (new List<QuestionInfo>(), 0, 0);
        foreach (var child in await children.GetChildrenAsync(actor, ct).ConfigureAwait(false))
        {
            if (await questions.AskerSummaryAsync(actor, child.Id, since, MaxAnswers, ct).ConfigureAwait(false) is { } mine)
            {
                answered.AddRange(mine.Answered);
                open += mine.Open;
            }
            // Parents read the children's replies; guardians read the parents' letters to the child.
            var wanted = actor.Role == ActorRole.Guardian ? LetterDirection.ToChild : LetterDirection.FromChild;
            newLetters += await letters.CountNewAsync(actor, child.Id, wanted, since, ct).ConfigureAwait(false) ?? 0;
        }
        foreach (var q in answered.OrderByDescending(q => q.AnsweredAt).Take(MaxAnswers))
            lines.Add(t.Get(context, "WelcomeBackAnswer", q.ChildName, Quote(q.Answer!)));
        if (open > 0) lines.Add(t.Get(context, "WelcomeBackWaiting", open));
        if (newLetters > 0) lines.Add(t.Get(context, actor.Role == ActorRole.Guardian ? "WelcomeBackLettersGuardian" : "WelcomeBackLetters", newLetters));
        return string.Join("\n", lines);
    }

    private static string Quote(string text) => text.Length <= QuoteLength ? text : text[..QuoteLength] + "…";
}
