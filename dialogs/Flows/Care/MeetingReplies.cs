using System.Globalization;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Archive.Tips;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Resources;
using Microsoft.Extensions.Logging;

namespace LeftBehind.Dialogs.Care;

/// <summary>
/// Answers to a 座谈会 invitation from a guardian or parent: 参加 / 不参加 (and their everyday forms: 去, 去不了, 没空)
/// whenever a meeting they were invited to is still to come; a bare 1 / 2 only when the invitation is their latest
/// question (sent in the last three days, after any tip, and — when a menu question waits — after their previous
/// message). A later answer replaces the earlier one. Anything else is not ours.
/// </summary>
internal sealed class MeetingReplies(IMeetingService meetings, ITipService tips, ConversationAccessors accessors, ILogger<MeetingReplies> log)
{
    private static readonly TimeSpan DigitWindow = TimeSpan.FromDays(3);
    private static readonly HashSet<string> AttendWords = Words("MeetingAttendWords");
    private static readonly HashSet<string> DeclineWords = Words("MeetingDeclineWords");

    /// <param name="idle">No question waits; otherwise a digit is ours only if the invitation came after the person's previous message.</param>
    public async Task<bool> TryHandleAsync(ITurnContext context, CurrentUser user, bool idle, CancellationToken cancellationToken)
    {
        if (user.Actor.Role is not (ActorRole.Parent or ActorRole.Guardian) || context.Activity.Text is not { Length: <= 20 } text) return false;
        var folded = TextNormalizer.Compact(text).Trim('。', '！', '!', '.', '～', '~').ToLowerInvariant();
        var digit = folded is "1" or "2";
        MeetingReply? reply = folded == "1" || AttendWords.Contains(folded) ? MeetingReply.Attend : folded == "2" || DeclineWords.Contains(folded) ? MeetingReply.Decline : null;
        if (reply is null) return false;
        var person = user.Person.PersonId;
        var open = await meetings.FindOpenInvitationAsync(person, cancellationToken).ConfigureAwait(false);
        if (open?.InvitedAt is not { } invitedAt) return false;
        if (digit)
        {
            if (KernelTurnState.GetTimeProvider(context).GetUtcNow() - invitedAt > DigitWindow) return false;
            if (await tips.FindOpenTipAsync(person, digitOnly: true, cancellationToken).ConfigureAwait(false) is { } tip && tip.SentAt > invitedAt) return false;
            if (!idle)
            {
                var profile = await accessors.Profile.GetAsync(context, () => new ConversationProfile(), cancellationToken).ConfigureAwait(false);
                if (profile.PreviousMessageAt is { } previous && previous >= invitedAt) return false;
            }
        }
        var saved = await meetings.ReplyAsync(person, open.Id, reply.Value, cancellationToken).ConfigureAwait(false);
        if (saved is null) return false;
        log.LogInformation("Meeting {MeetingId} reply {Reply} from person {PersonId}", saved.MeetingId, reply, person);
        var culture = ResxText.CultureOf(context.Locale);
        var when = TimeZoneInfo.ConvertTime(saved.At, KernelTurnState.GetTimeZone(context)).ToString(CareText.Get(culture, "MeetingWhen"), culture);
        await context.SendActivityAsync(CareText.Get(context, reply == MeetingReply.Attend ? "MeetingAttendSaved" : "MeetingDeclineSaved", saved.Title, when), cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static HashSet<string> Words(string name) =>
        CareText.WordsInAllLanguages(name).Select(w => TextNormalizer.Compact(w).ToLower(CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal);
}
