using System.Collections.Frozen;
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
/// "收到" (or the button, or a plain "知道了", "好的") from a person with an unacknowledged alert acknowledges all their
/// open emergencies, and the person who raised each one is told. Never a bare digit: "1" is a menu item, and a
/// teacher opening her questions must not silently acknowledge an emergency. Any role's menu or the router calls
/// this before its own routing; false means the message was not an acknowledgement.
/// <para>
/// Soft words — 好, 好的, 嗯, ok (<c>AckSoftWords</c>) — are what people say to any question. An acknowledgement must
/// mean the person saw the alert, so a soft word acknowledges only when no other question of ours is waiting for an
/// answer in the conversation (then the alert is the last thing that asked them anything); while a flow's question
/// waits, "好" answers that question, the alert stays open and its repeats go on until "收到" or the button.
/// </para>
/// </summary>
internal sealed class EmergencyAcknowledger(IEmergencyService emergencies, IProactiveMessenger messenger, ILogger<EmergencyAcknowledger> log) : IAlertAcknowledger
{
    // Every message turn asks (the middleware runs before the bot): the three languages' words are read from the
    // resources and compacted once, not on each turn.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, FrozenSet<string>> WordSets = new(StringComparer.Ordinal);

    public async Task<bool> TryAcknowledgeAsync(ITurnContext turnContext, CancellationToken cancellationToken, bool questionWaiting = false)
    {
        if (turnContext.Activity.Type != ActivityTypes.Message || CurrentUser.From(turnContext) is not { } user) return false;
        if (!IsAcknowledgement(turnContext.Activity.Text)) return false;
        if (questionWaiting && IsSoftAcknowledgement(turnContext.Activity.Text)) return false;
        var personId = user.Person.PersonId;
        var open = (await emergencies.UnacknowledgedAsync(cancellationToken).ConfigureAwait(false))
            .Where(e => e.Recipients.Any(r => r.PersonId == personId && r.AcknowledgedAt is null))
            .ToList();
        if (open.Count == 0) return false;
        foreach (var e in open)
        {
            if (!await emergencies.AcknowledgeAsync(user.Actor, e.Id, cancellationToken).ConfigureAwait(false)) continue;
            log.LogInformation("Emergency {EmergencyId} acknowledged by person {PersonId}", e.Id, personId);
            if (e.RaisedById is not { } raiser) continue;
            var me = e.Recipients.First(r => r.PersonId == personId);
            await messenger.SendAsync(raiser, FamilyNotifications.EmergencyAcknowledged(e, me), cancellationToken).ConfigureAwait(false);
        }
        var culture = ResxText.CultureOf(turnContext.Locale);
        await turnContext.SendActivityAsync(EmergencyText.Get(turnContext, "Acknowledged", FamilyText.List(culture, open.Select(e => e.ChildName).Distinct())), cancellationToken).ConfigureAwait(false);
        return true;
    }

    public static bool IsAcknowledgement(string? text) => Matches(text, "AckWords");

    /// <summary>好, 好的, 嗯, ok: an acknowledgement only when nothing else was asked (see the class remarks).</summary>
    public static bool IsSoftAcknowledgement(string? text) => Matches(text, "AckSoftWords");

    private static bool Matches(string? text, string wordsName)
    {
        if (string.IsNullOrWhiteSpace(text) || TextNormalizer.IsTooLong(text)) return false;
        var t = TextNormalizer.StripParticles(TextNormalizer.Compact(text)).ToLowerInvariant();
        return WordSets.GetOrAdd(wordsName, Load).Contains(t);
    }

    private static FrozenSet<string> Load(string wordsName) => EmergencyText.WordsInAllLanguages(wordsName)
        .Select(w => TextNormalizer.Compact(w).ToLowerInvariant())
        .ToFrozenSet(StringComparer.Ordinal);
}
