using System.Globalization;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Resources;
using LeftBehind.Dialogs.Schema;
using Microsoft.Extensions.Logging;
using LeftBehind.Dialogs.Notifications;

namespace LeftBehind.Dialogs.Emergency;

/// <summary>
/// What a person on an open emergency writes about it: "找到了，在同学家" from the raiser, a teacher or the guardian
/// resolves it (everyone is told, repeats and escalation stop); anything else they write to it ("怎么了？？严重吗
/// 在哪个医院") goes to everyone else on the emergency instead of the help text, and counts as their acknowledgement.
/// The router decides when a message is about the emergency; this decides what it does.
/// </summary>
internal sealed class EmergencyConversation(IEmergencyService emergencies, IProactiveMessenger messenger, ChatReach reach, IChildrenService children, TimeProvider time, ILogger<EmergencyConversation> log)
{
    /// <summary>
    /// The same words from the same person again within this time ("还联系不上" three times in a minute) are not passed on
    /// again: everyone already has them. Later, the same words are news (still nothing) and go to everyone.
    /// </summary>
    private static readonly TimeSpan RepeatWindow = TimeSpan.FromMinutes(10);

    /// <summary>A resolution is a short message; a long one is a reply that is passed on.</summary>
    private const int MaxResolutionLength = 60;
    private const int MaxReplyLength = 1000;

    /// <summary>The person's open emergencies (none: the message is not about one).</summary>
    public async Task<IReadOnlyList<EmergencyInfo>> OpenAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Type == ActivityTypes.Message && CurrentUser.From(turnContext) is { } user
            ? await emergencies.OpenForAsync(user.Person.PersonId, cancellationToken).ConfigureAwait(false)
            : [];

    /// <summary>
    /// The message names only children of the writer who are on none of the open emergencies ("李思雨今天有点发烧" from the
    /// head teacher while 王小明's is open): it is about them, never news for the emergency's family.
    /// </summary>
    public async Task<bool> NamesOnlyOtherChildrenAsync(ITurnContext turnContext, IReadOnlyList<EmergencyInfo> open, string text, CancellationToken cancellationToken)
    {
        if (CurrentUser.From(turnContext) is not { } user) return false;
        var mine = (await children.GetChildrenAsync(user.Actor, cancellationToken).ConfigureAwait(false)).Select(c => new ChildChoice(c.Id, c.Name)).ToList();
        var named = ChooseChildDialog.EachNamed(mine, text);
        return named.Count > 0 && !named.Any(c => open.Any(e => e.ChildId == c.Id));
    }

    /// <summary>Resolves the emergency the message closes; false when it is not a resolution or the writer may not close it.</summary>
    public async Task<bool> TryResolveAsync(ITurnContext turnContext, IReadOnlyList<EmergencyInfo> open, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text?.Trim();
        if (open.Count == 0 || text is null || !IsResolution(text) || CurrentUser.From(turnContext) is not { } user) return false;
        var e = Pick(open, text);
        var result = await emergencies.ResolveAsync(user.Actor, e.Id, text, cancellationToken).ConfigureAwait(false);
        if (result != EmergencyResolution.Resolved) return false;
        log.LogWarning("Emergency {EmergencyId} resolved by person {PersonId}", e.Id, user.Person.PersonId);
        var me = user.Person.PersonId;
        var others = e.Parties.Where(p => p != me).ToList();
        var (_, unbound) = await reach.SplitAsync(others, p => p, cancellationToken, urgent: true).ConfigureAwait(false);
        foreach (var person in others)
        {
            // Someone without a chat has not seen the alert: it waits in their mailbox and would arrive looking open after
            // all. It is taken back, and they get one notice that there was an emergency and that it is resolved.
            var away = unbound.Contains(person) && await WithdrawAsync(person, e.Id, cancellationToken).ConfigureAwait(false);
            await messenger.SendAsync(person, FamilyNotifications.EmergencyResolved(person, e, me, text, whileAway: away), cancellationToken).ConfigureAwait(false);
        }
        var culture = ResxText.CultureOf(turnContext.Locale);
        await turnContext.SendActivityAsync(EmergencyText.Get(turnContext, "Resolved", e.ChildName, await ToldAsync(culture, e, others, "ResolvedTold", cancellationToken).ConfigureAwait(false)).TrimEnd(),
            cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The alert rounds and the passed-on replies still waiting for the person; true when an alert was among them.</summary>
    private async Task<bool> WithdrawAsync(int person, int emergencyId, CancellationToken cancellationToken)
    {
        const string reason = "superseded: the emergency was resolved before the person could receive it";
        var alerts = await messenger.WithdrawUndeliveredAsync(person, FamilyNotifications.EmergencyAlertKeyPrefix(emergencyId, person), reason, cancellationToken).ConfigureAwait(false);
        if (alerts > 0) await messenger.WithdrawUndeliveredAsync(person, FamilyNotifications.EmergencyReplyKeyPrefix(emergencyId), reason, cancellationToken).ConfigureAwait(false);
        return alerts > 0;
    }

    /// <summary>Passes the message to everyone else on the newest open emergency; it acknowledges the writer's alert.</summary>
    public async Task<bool> ForwardAsync(ITurnContext turnContext, IReadOnlyList<EmergencyInfo> open, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text?.Trim();
        if (open.Count == 0 || string.IsNullOrEmpty(text) || text.Length > MaxReplyLength || CurrentUser.From(turnContext) is not { } user) return false;
        var e = Pick(open, text);
        var me = user.Person.PersonId;
        if (await RepeatedAsync(e.Id, me, text, cancellationToken).ConfigureAwait(false) is { } earlier)
        {
            // Their alert was acknowledged by the first of these; the family is not sent the same urgent line again.
            log.LogInformation("Emergency {EmergencyId}: a repeat of reply {ReplyId} by person {PersonId} not passed on again", e.Id, earlier.Id, me);
            var at = TimeZoneInfo.ConvertTime(earlier.At, KernelTurnState.GetTimeZone(turnContext)).ToString("HH:mm", CultureInfo.InvariantCulture);
            await turnContext.SendActivityAsync(EmergencyText.Get(turnContext, "ReplyRepeated", at), cancellationToken).ConfigureAwait(false);
            return true;
        }
        // "收到" again from someone who has confirmed already, or from the raiser: no news for anyone, nothing is passed on.
        var mine = e.Recipients.FirstOrDefault(r => r.PersonId == me);
        if ((mine is { AcknowledgedAt: not null } || (mine is null && e.RaisedById == me))
            && (EmergencyAcknowledger.IsAcknowledgement(text) || EmergencyAcknowledger.IsSoftAcknowledgement(text)))
        {
            await turnContext.SendActivityAsync(mine is null ? EmergencyText.Get(turnContext, "AckNotPassedOn") : EmergencyText.Get(turnContext, "Acknowledged", e.ChildName), cancellationToken).ConfigureAwait(false);
            return true;
        }
        if (await emergencies.AddReplyAsync(user.Actor, e.Id, text, cancellationToken).ConfigureAwait(false) is not { } replyId) return false;
        // Answering the alert shows it was seen: the repeats to this person stop.
        if (e.Recipients.Any(r => r.PersonId == me && r.AcknowledgedAt is null))
            await emergencies.AcknowledgeAsync(user.Actor, e.Id, cancellationToken).ConfigureAwait(false);
        var others = e.Parties.Where(p => p != me).ToList();
        foreach (var person in others)
        {
            await messenger.SendAsync(person, FamilyNotifications.EmergencyReply(person, e, replyId, me, text), cancellationToken).ConfigureAwait(false);
        }
        log.LogInformation("Emergency {EmergencyId}: reply {ReplyId} by person {PersonId} passed to {Count}", e.Id, replyId, me, others.Count);
        var culture = ResxText.CultureOf(turnContext.Locale);
        var reply = others.Count == 0 ? EmergencyText.Get(turnContext, "ReplyNobody") : await ToldAsync(culture, e, others, "ReplySent", cancellationToken).ConfigureAwait(false);
        if (IsResolution(text) && user.Actor.Role == Archive.Model.ActorRole.Parent && e.RaisedById != me)
            reply += EmergencyText.Get(turnContext, "ResolveByStaff");
        await turnContext.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The person's previous reply when this one says the same (punctuation and spaces aside) within <see cref="RepeatWindow"/>.</summary>
    private async Task<EmergencyReplyInfo?> RepeatedAsync(int emergencyId, int personId, string text, CancellationToken cancellationToken)
    {
        var last = await emergencies.LastReplyAsync(emergencyId, personId, cancellationToken).ConfigureAwait(false);
        return last is { Text: { } said } && time.GetUtcNow() - last.At < RepeatWindow && TextNormalizer.LettersAndDigits(said) == TextNormalizer.LettersAndDigits(text) ? last : null;
    }

    /// <summary>"找到了，在同学家" yes; "还没找到", "找到了吗", "找到了，但是腿摔断了" and long messages no.</summary>
    public static bool IsResolution(string text)
    {
        if (text.Length > MaxResolutionLength) return false;
        var folded = TextNormalizer.Normalize(text).ToLowerInvariant();
        if (Words("ResolveContrasts").Concat(Words("ResolveQuestions")).Any(w => Contains(folded, w))) return false;
        var negations = Words("ResolveNegations");
        var found = false;
        foreach (var word in Words("ResolveWords"))
        {
            for (var at = IndexOf(folded, word, 0); at >= 0; at = IndexOf(folded, word, at + 1))
            {
                var before = folded[..at].TrimEnd();
                if (negations.Any(n => before.EndsWith(n, StringComparison.Ordinal) && (!IsLatin(n) || before.Length == n.Length || before[^(n.Length + 1)] == ' ')))
                    return false;
                found = true;
            }
        }
        return found;
    }

    /// <summary>The emergency a message names by the child, else the newest.</summary>
    private static EmergencyInfo Pick(IReadOnlyList<EmergencyInfo> open, string text) =>
        open.FirstOrDefault(e => e.ChildName.Length > 0 && (text.Contains(e.ChildName, StringComparison.Ordinal) || (e.ChildName.Length > 2 && text.Contains(e.ChildName[1..], StringComparison.Ordinal))))
        ?? open[0];

    private async Task<string> ToldAsync(CultureInfo culture, EmergencyInfo e, IReadOnlyList<int> people, string key, CancellationToken cancellationToken)
    {
        if (people.Count == 0) return string.Empty;
        var (now, waiting) = await reach.SplitAsync(people, p => p, cancellationToken, urgent: true).ConfigureAwait(false);
        var unfollowed = await reach.UnfollowedAsync(waiting, p => p, cancellationToken).ConfigureAwait(false);
        // Whose number the SMS provider refuses for the rest of the day: never named as told, nor as 还没开通.
        var smsFull = await reach.OverLimitTodayAsync(waiting.Except(unfollowed), p => p, cancellationToken).ConfigureAwait(false);
        var later = waiting.Except(unfollowed).Except(smsFull).ToList();
        string People(IEnumerable<int> ps) => FamilyNotifications.EmergencyPeople(culture, ps.Select(p => FamilyNotifications.EmergencyPerson(culture, e, p)));
        var text = now.Count > 0 ? EmergencyText.Get(culture, key, People(now)) : string.Empty;
        if (later.Count > 0) text += EmergencyText.Get(culture, "ReplySentLater", People(later));
        if (unfollowed.Count > 0) text += EmergencyText.Get(culture, "ReplySentUnfollowed", People(unfollowed));
        if (smsFull.Count > 0) text += EmergencyText.Get(culture, "RaisedSmsFull", People(smsFull));
        return text.Trim();
    }

    private static string[] Words(string name) => EmergencyText.WordsInAllLanguages(name).Select(w => w.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToArray();

    private static bool Contains(string text, string word) => IndexOf(text, word, 0) >= 0;

    /// <summary>A word with Latin letters (found, but): matched whole; Chinese words and marks (找到了, ?) anywhere.</summary>
    private static bool IsLatin(string word) => word.Any(char.IsAsciiLetter);

    /// <summary>English words match whole words only ("but" is not in "button"); Chinese ones anywhere.</summary>
    private static int IndexOf(string text, string word, int start)
    {
        for (var at = text.IndexOf(word, start, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if (!IsLatin(word)) return at;
            var left = at == 0 || !char.IsLetter(text[at - 1]);
            var right = at + word.Length == text.Length || !char.IsLetter(text[at + word.Length]);
            if (left && right) return at;
        }
        return -1;
    }
}
