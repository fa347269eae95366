using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Resources;
using Microsoft.Extensions.Logging;
using LeftBehind.Dialogs.Notifications;

namespace LeftBehind.Dialogs.Care;

/// <summary>
/// "爷爷中风住院了": in the same turn, each child the writer cares for is flagged without an active guardian, the head
/// teacher is told at once, the parents are asked to name a temporary guardian within 24 hours, and the writer is
/// told exactly who was reached (and whom to phone). A gap already open is not announced twice.
/// </summary>
internal sealed class GuardianGapReporter(ICareService care, IChildrenService children, IProactiveMessenger messenger, ChatReach reach, ILogger<GuardianGapReporter> log)
{
    /// <summary>The children the writer's message is about: a guardian's or parent's all, a teacher's none (they choose).</summary>
    public async Task<IReadOnlyList<int>> ChildrenOfAsync(CurrentUser user, CancellationToken cancellationToken)
    {
        if (user.Actor.Role is not (ActorRole.Guardian or ActorRole.Parent)) return [];
        var list = await children.GetChildrenAsync(user.Actor, cancellationToken).ConfigureAwait(false);
        return list.Select(c => c.Id).ToList();
    }

    public async Task ReportAsync(ITurnContext context, IReadOnlyList<int> childIds, string text, string? reason, CancellationToken cancellationToken)
    {
        var user = FamilyTurnUser(context);
        var told = new List<(int PersonId, string Name, string Role)>();
        var opened = 0;
        foreach (var childId in childIds)
        {
            CareConcernInfo gap;
            try
            {
                gap = await care.OpenGuardianGapAsync(user.Actor, childId, text, reason ?? "care", cancellationToken).ConfigureAwait(false);
            }
            catch (ArchiveException e) when (e.Error is ArchiveError.NotFound or ArchiveError.Forbidden)
            {
                continue;
            }
            if (!gap.IsNew) continue;
            opened++;
            log.LogWarning("Guardian gap {ConcernId} opened by person {PersonId} for child {ChildId}", gap.Id, user.Person.PersonId, childId);
            foreach (var head in gap.Staff.Where(s => s.Id != user.Person.PersonId))
            {
                await messenger.SendAsync(head.Id, FamilyNotifications.GuardianGapToStaff(head.Id, gap, user.Person.Name), cancellationToken).ConfigureAwait(false);
                told.Add((head.Id, head.Name, "head_teacher"));
            }
            var family = await children.GetFamilyAsync(user.Actor, childId, cancellationToken).ConfigureAwait(false);
            foreach (var (parent, role) in new[] { (family?.Father, "father"), (family?.Mother, "mother") })
            {
                if (parent is null || parent.Id == user.Person.PersonId) continue;
                await messenger.SendAsync(parent.Id, FamilyNotifications.GuardianGapToParent(parent.Id, gap, user.Person.Name), cancellationToken).ConfigureAwait(false);
                told.Add((parent.Id, parent.Name, role));
            }
        }

        if (opened == 0)
        {
            await context.SendActivityAsync(CareText.Get(context, "GapAlreadyOpen"), cancellationToken).ConfigureAwait(false);
            return;
        }
        await context.SendActivityAsync(await ReplyAsync(context, user, told.DistinctBy(t => t.PersonId).ToList(), cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Who was reached now and who must be phoned: never that a message was delivered when it was not.</summary>
    private async Task<string> ReplyAsync(ITurnContext context, CurrentUser user, List<(int PersonId, string Name, string Role)> told, CancellationToken ct)
    {
        var culture = ResxText.CultureOf(context.Locale);
        // Who unfollowed the WeChat account is named as such, never as 还没开通.
        var (now, later, left) = await reach.SplitWithLeftAsync(told, t => t.PersonId, ct, urgent: true).ConfigureAwait(false);
        string Names(IEnumerable<(int PersonId, string Name, string Role)> people) =>
            CareText.List(culture, people.Select(p => FamilyNotifications.PersonWithRole(culture, p.Name, p.Role)));
        var role = user.Actor.Role;
        if (now.Count == 0)
        {
            return left.Count == 0 ? CareText.Get(context, role == ActorRole.Guardian ? "GapNobodyGuardian" : "GapNobody")
                : later.Count == 0 ? CareText.Get(context, "GapNobodyUnfollowed", Names(left))
                : CareText.Get(context, "GapNobodyBoth", Names(later), Names(left));
        }
        var unfollowed = left.Count == 0 ? string.Empty : CareText.Get(context, "GapUnfollowed", Names(left));
        if (role == ActorRole.Guardian)
            return (later.Count == 0 ? CareText.Get(context, "GapToldGuardian", Names(now)) : CareText.Get(context, "GapToldGuardianLater", Names(now), Names(later))) + unfollowed;
        var reply = CareText.Get(context, role == ActorRole.Parent ? "GapToldParent" : "GapToldStaff", Names(now));
        return (later.Count == 0 ? reply : reply + CareText.Get(context, "GapLater", Names(later))) + unfollowed;
    }

    private static CurrentUser FamilyTurnUser(ITurnContext context) =>
        CurrentUser.From(context) ?? throw new InvalidOperationException("The care flows need CurrentUser in TurnState (set by the router).");
}
