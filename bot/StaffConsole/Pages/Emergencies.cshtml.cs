using LeftBehind.Archive.Services;
using LeftBehind.Archive.Staff;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Emergency;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeftBehind.Bot.StaffConsole.Pages;

/// <summary>
/// 应急 for staff: the emergencies of the children the account may see (open first), who has acknowledged, the whole
/// timeline, and — for a teacher on it, as in the chat — resolve with a note; everyone else on it is told in their chat.
/// Who has neither a chat nor a phone the alert can reach is named as such, never as reminded: their alerts wait for them
/// to join, and the teacher must phone them (as the chat tells whoever raised it).
/// </summary>
[Authorize(Roles = StaffRoles.SchoolAdmin + "," + StaffRoles.HeadTeacher + "," + StaffRoles.PairedTeacher)]
internal sealed class EmergenciesModel(IStaffConsole console, IEmergencyService emergencies, EmergencyResolutions resolutions, ChatReach reach, ConsoleReach told) : PageModel
{
    public IReadOnlyList<EmergencyReport> Rows { get; private set; } = [];

    /// <summary>People on an open emergency, not acknowledged, whom no alert reaches now (no chat, no usable phone).</summary>
    public IReadOnlySet<int> Unreachable { get; private set; } = new HashSet<int>();

    /// <summary>Of those, the ones who left their chat (unfollowed the WeChat account).</summary>
    public IReadOnlySet<int> Unfollowed { get; private set; } = new HashSet<int>();

    /// <summary>Of those, the ones whose number the SMS provider refuses for the rest of the day (its daily limit): they did join.</summary>
    public IReadOnlySet<int> SmsFull { get; private set; } = new HashSet<int>();

    public bool CanResolve { get; private set; }

    public string? Notice { get; private set; }

    public async Task OnGetAsync(string? done, int? id, CancellationToken ct)
    {
        Notice = done is "resolved" or "already" or "refused" or "empty" ? ConsoleText.Get("EmergencyNotice_" + done) : null;
        var actor = StaffClaims.ToActor(User);
        CanResolve = StaffRoles.IsTeacher(StaffClaims.Role(User));
        // Scoped by the access policy: only emergencies of children this account may see (each read audited).
        var visible = (await console.FamiliesAsync(actor, null, ct)).Select(f => f.ChildId).ToHashSet();
        Rows = (await emergencies.ListAsync(null, 200, ct)).Where(e => visible.Contains(e.ChildId))
            .OrderBy(e => e.Status == EmergencyReport.Resolved).ThenByDescending(e => e.RaisedAt).ToList();
        var waiting = Rows.Where(e => e.Status != EmergencyReport.Resolved).SelectMany(e => e.Recipients)
            .Where(r => r.AcknowledgedAt is null).Select(r => r.PersonId).Distinct().ToList();
        var (_, later, left) = await reach.SplitWithLeftAsync(waiting, id => id, ct, urgent: true);
        Unreachable = later.Concat(left).ToHashSet();
        Unfollowed = left.ToHashSet();
        SmsFull = (await reach.OverLimitTodayAsync(later, id => id, ct)).ToHashSet();
        if (done is "resolved" && Rows.FirstOrDefault(e => e.Id == id) is { } resolved) Notice += await WhoIsToldAsync(resolved, actor.PersonId, ct);
    }

    /// <summary>
    /// Who hears 已解除 and how — in the chat, by SMS, or not at all (no chat, no phone; they must be phoned) — as the
    /// outbox will send it, never "the family is told in their chat" for someone the chat does not reach.
    /// </summary>
    private async Task<string> WhoIsToldAsync(EmergencyReport e, int? resolver, CancellationToken ct)
    {
        var names = e.Recipients.ToDictionary(r => r.PersonId, r => r.Name);
        if (e.RaisedById is { } raiser && e.RaisedBy is { } raisedBy) names.TryAdd(raiser, raisedBy);
        var parties = names.Keys.Where(p => p != resolver).ToList();
        var kinds = await told.OfAsync(parties, urgent: true, ct);
        var text = string.Empty;
        foreach (var (kind, key) in new[] { (ReachKind.Chat, "EmergencyTold_chat"), (ReachKind.Sms, "EmergencyTold_sms"), (ReachKind.NotJoined, "EmergencyTold_notJoined"), (ReachKind.Unfollowed, "EmergencyTold_unfollowed") })
        {
            var who = parties.Where(p => kinds.GetValueOrDefault(p) == kind).Select(p => names[p]).ToList();
            if (who.Count > 0) text += ConsoleText.Get(key, string.Join(ConsoleText.Get("NameSeparator"), who));
        }
        return text;
    }

    public async Task<IActionResult> OnPostResolveAsync(int emergencyId, string? note, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(note)) return RedirectToPage(new { done = "empty" });
        var result = await resolutions.ResolveAsync(StaffClaims.ToActor(User), emergencyId, note.Trim(), ct);
        return RedirectToPage(new
        {
            done = result switch
            {
                EmergencyResolution.Resolved => "resolved",
                EmergencyResolution.AlreadyResolved => "already",
                _ => "refused",
            },
            id = emergencyId,
        });
    }
}
