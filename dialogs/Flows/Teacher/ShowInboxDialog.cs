using System.Globalization;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Resources;

namespace LeftBehind.Dialogs.Teacher;

/// <summary>The questions escalated to this teacher, urgent first then oldest first; pick one by number to deal with it.</summary>
internal sealed class ShowInboxDialog : ComponentDialog
{
    public const string Name = nameof(ShowInboxDialog);
    private const int PageSize = 9;
    private const int SnippetLength = 24;
    private readonly IQuestionService _questions;

    public ShowInboxDialog(AnswerQuestionDialog answerQuestion, IQuestionService questions) : base(Name)
    {
        _questions = questions;
        AddDialog(new WaterfallDialog<ShowInboxState>("steps", [ListQuestionsStepAsync, OpenQuestionStepAsync]));
        // "小明迟到了" at the list names a child but picks nothing: taken below as what it says.
        AddDialog(new ChoicePrompt("question", static (prompt, _) => Task.FromResult(prompt.Recognized.Succeeded || TeacherMenuDialog.TellsAttendance(prompt.Context.Activity.Text))));
        AddDialog(answerQuestion);
        InitialDialogId = "steps";
    }

    private async Task<DialogTurnResult> ListQuestionsStepAsync(WaterfallStepContext<ShowInboxState> step, CancellationToken ct)
    {
        var inbox = await _questions.InboxAsync(FamilyTurn.User(step.Context).Actor, ct).ConfigureAwait(false);
        if (inbox.Count == 0)
        {
            await step.Context.SendActivityAsync(TeacherText.Get(step.Context, "InboxEmpty"), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        var shown = inbox.Take(PageSize).ToList();
        step.Values = step.Values with { QuestionIds = shown.Select(q => q.Id).ToList() };
        var culture = ResxText.CultureOf(step.Context.Locale);
        var zone = KernelTurnState.GetTimeZone(step.Context);
        var titles = shown.Select(q => Title(culture, zone, q)).ToList();
        var heading = TeacherText.Get(step.Context, inbox.Count > shown.Count ? "InboxMore" : "InboxHeading", inbox.Count, shown.Count);
        return await step.PromptAsync("question", NumberedMenu.Options(step.Context, heading, titles), ct).ConfigureAwait(false);
    }

    private static Task<DialogTurnResult> OpenQuestionStepAsync(WaterfallStepContext<ShowInboxState> step, CancellationToken ct)
    {
        // "小明迟到了", "王小明请病假了": a line about a child is today's attendance, as at the menu, not a pick of that
        // child's question (found by earlier play sessions: it opened 王小明's question). A number still picks.
        if (step.Result is not FoundChoice { Score: >= 1.0 } && TeacherMenuDialog.TellsAttendance(step.Context.Activity.Text))
            return step.DialogContext.RestartRootWithThisMessageAsync(ct);
        if (step.Result is not FoundChoice picked) return step.EndDialogAsync(null, ct);
        // "小明最近作业写得晚，我会跟他说说" at the list: the sentence matched a question (by its child or its words) and is
        // kept as the answer, not dropped after opening it. The confirmation quotes that question, so a wrong match is
        // caught by the teacher's "不" and nothing is sent.
        var written = picked.Score < 1.0 && AnswerQuestionDialog.WrittenAnswer(step.Context, picked) is not null;
        return step.BeginDialogAsync(AnswerQuestionDialog.Name, new AnswerQuestionOptions(step.Values.QuestionIds[picked.Index], written), ct);
    }

    private static string Title(CultureInfo culture, TimeZoneInfo zone, QuestionInfo q)
    {
        var asked = TimeZoneInfo.ConvertTime(q.CreatedAt, zone).ToString(TeacherText.Get(culture, "DateFormat"), culture);
        return TeacherText.Get(culture, q.Urgent ? "InboxItemUrgent" : "InboxItem", q.ChildName, asked, TeacherText.Snippet(q.Text, SnippetLength));
    }
}
