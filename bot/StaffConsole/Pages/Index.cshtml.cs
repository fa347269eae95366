using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Archive.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeftBehind.Bot.StaffConsole.Pages;

/// <summary>The start page: questions waiting, families and how many can be reached.</summary>
internal sealed class IndexModel(IStaffConsole console, IQuestionService questions, TimeProvider time) : PageModel
{
    /// <summary>Bursts of wrong invite codes in the last day, newest first (school administrators only).</summary>
    public IReadOnlyList<DateTimeOffset> InviteBursts { get; private set; } = [];

    public bool IsCounty { get; private set; }

    public string? School { get; private set; }

    public int Waiting { get; private set; }

    public int Families { get; private set; }

    public int Reachable { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var actor = StaffClaims.ToActor(User);
        IsCounty = actor.Role == ActorRole.CountyViewer;
        // The county's start page is its figures: it sees nothing else.
        if (IsCounty) return Redirect("/console/dashboard");
        if (actor.SchoolId is { } school) School = await console.SchoolNameAsync(school, ct);
        Waiting = (await questions.InboxAsync(actor, ct)).Count;
        var families = await console.FamiliesAsync(actor, null, ct);
        Families = families.Count;
        Reachable = families.Count(f => !f.Unreachable);
        InviteBursts = await console.InviteBurstsAsync(actor, time.GetUtcNow().AddDays(-1), ct);
        return Page();
    }
}
