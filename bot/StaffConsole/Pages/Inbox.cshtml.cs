using LeftBehind.Archive.Services;
using LeftBehind.Archive.Staff;
using LeftBehind.Dialogs.Teacher;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LeftBehind.Bot.StaffConsole.Pages;

/// <summary>
/// Questions waiting for this teacher (a school admin: the whole school's): answer (the parent's chat gets it through
/// the outbox, exactly as an answer typed in the chat), hand over to the head teacher, or close.
/// </summary>
[Authorize(Roles = StaffRoles.SchoolAdmin + "," + StaffRoles.HeadTeacher + "," + StaffRoles.PairedTeacher)]
internal sealed class InboxModel(IQuestionService questions, TeacherAnswers answers, ConsoleReach reach) : PageModel
{
    private static readonly TimeZoneInfo Beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public IReadOnlyList<QuestionInfo> Questions { get; private set; } = [];

    public string? Notice { get; private set; }

    public async Task OnGetAsync(string? done, long? at, CancellationToken ct)
    {
        Notice = done is "waiting" && at is { } until
            ? ConsoleText.Get("NoticeAnsweredWaiting", TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(until), Beijing).DateTime)
            : done is { Length: > 0 } ? ConsoleText.Get("Notice" + done switch
            {
                "answered" or "waiting" => "Answered",
                "answered-sms" => "AnsweredSms",
                "answered-consent" => "AnsweredAfterConsent",
                "answered-later" => "AnsweredNotJoined",
                "answered-left" => "AnsweredUnfollowed",
                "closed" => "Closed",
                "handed" => "HandedOver",
                "yours" => "HandOverYours",
                "empty" => "EmptyAnswer",
                _ => "Gone",
            }) : null;
        Questions = await questions.InboxAsync(StaffClaims.ToActor(User), ct);
    }

    public async Task<IActionResult> OnPostAnswerAsync(int questionId, string? answer, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(answer)) return RedirectToPage(new { done = "empty" });
        DateTimeOffset? waiting = null;
        var kind = ReachKind.Chat;
        var result = await ActAsync(async () =>
        {
            var answered = await answers.AnswerAsync(StaffClaims.ToActor(User), StaffClaims.Name(User), questionId, answer.Trim(), ct);
            waiting = await answers.WaitingUntilAsync(answered, ct);
            kind = await reach.OfAsync(answered.AskedById, urgent: false, ct);
        }, "answered");
        if (result is not RedirectToPageResult { RouteValues: { } route } || !Equals(route["done"], "answered")) return result;
        // What will really happen: by SMS, only once the parent agrees, or not until they join — never "in the chat"
        // for a parent the chat does not reach.
        if (kind is not (ReachKind.Chat or ReachKind.Sms)) return RedirectToPage(new { done = Done(kind) });
        // At night the family's quiet hours hold the answer in the outbox until their morning: the teacher is told the
        // planned time, never that it was sent.
        return waiting is { } until ? RedirectToPage(new { done = "waiting", at = until.ToUnixTimeSeconds() }) : RedirectToPage(new { done = Done(kind) });
    }

    private static string Done(ReachKind kind) => kind switch
    {
        ReachKind.Sms => "answered-sms",
        ReachKind.AfterConsent => "answered-consent",
        ReachKind.NotJoined => "answered-later",
        ReachKind.Unfollowed => "answered-left",
        _ => "answered",
    };

    /// <summary>The head teacher is told in her chat, exactly as when the question is handed over in the chat.</summary>
    public async Task<IActionResult> OnPostHandOverAsync(int questionId, CancellationToken ct)
    {
        var stays = false;
        var result = await ActAsync(async () =>
        {
            stays = await answers.HandOverAsync(StaffClaims.ToActor(User), questionId, ct) is null;
        }, "handed");
        return stays ? RedirectToPage(new { done = "yours" }) : result;
    }

    public Task<IActionResult> OnPostCloseAsync(int questionId, CancellationToken ct) =>
        ActAsync(() => questions.CloseAsync(StaffClaims.ToActor(User), questionId, ct), "closed");

    private async Task<IActionResult> ActAsync(Func<Task> act, string done)
    {
        try
        {
            await act();
        }
        catch (ArchiveException)
        {
            // Closed meanwhile, handed over, or not this teacher's: say so, never pretend it was sent.
            return RedirectToPage(new { done = "gone" });
        }
        return RedirectToPage(new { done });
    }
}
