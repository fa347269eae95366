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
internal sealed class InboxModel(IQuestionService questions, TeacherAnswers answers) : PageModel
{
    public IReadOnlyList<QuestionInfo> Questions { get; private set; } = [];

    public string? Notice { get; private set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done is { Length: > 0 } ? ConsoleText.Get("Notice" + done switch { "answered" => "Answered", "closed" => "Closed", "handed" => "HandedOver", "empty" => "EmptyAnswer", _ => "Gone" }) : null;
        Questions = await questions.InboxAsync(StaffClaims.ToActor(User), ct);
    }

    public async Task<IActionResult> OnPostAnswerAsync(int questionId, string? answer, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(answer)) return RedirectToPage(new { done = "empty" });
        return await ActAsync(() => answers.AnswerAsync(StaffClaims.ToActor(User), StaffClaims.Name(User), questionId, answer.Trim(), ct), "answered");
    }

    public Task<IActionResult> OnPostHandOverAsync(int questionId, CancellationToken ct) =>
        ActAsync(() => questions.HandOverAsync(StaffClaims.ToActor(User), questionId, ct), "handed");

    public Task<IActionResult> OnPostCloseAsync(int questionId, CancellationToken ct) =>
        ActAsync(() => questions.CloseAsync(StaffClaims.ToActor(User), questionId, ct), "closed");

    private async Task<IActionResult> ActAsync(Func<Task<QuestionInfo>> act, string done)
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
