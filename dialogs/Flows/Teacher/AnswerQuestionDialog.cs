using LeftBehind.Dialogs.Notifications;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Teacher;

/// <summary>
/// One escalated question: answer it (the parent gets the answer in their own conversation, however much later),
/// hand it over to the head teacher, or close it. A question closed meanwhile gets a clear message, not an error.
/// A teacher who writes the answer straight away at the 回答/转给班主任/关闭 menu is asked once whether to send it,
/// never told "没有这个选项" (found by playing the paired teacher at 390×844).
/// </summary>
internal sealed class AnswerQuestionDialog : ComponentDialog
{
    public const string Name = nameof(AnswerQuestionDialog);
    private const int MaxAnswerLength = 1000;
    private readonly IQuestionService _questions;
    private readonly TeacherAnswers _answers;

    public AnswerQuestionDialog(IQuestionService questions, TeacherAnswers answers) : base(Name)
    {
        _questions = questions;
        _answers = answers;
        AddDialog(new WaterfallDialog<AnswerQuestionState>("steps", [ShowQuestionStepAsync, ActStepAsync, SendAnswerStepAsync]));
        AddDialog(new ChoicePrompt("action", AcceptsActionOrWrittenAnswerAsync));
        AddDialog(new TextPrompt("answer"));
        AddDialog(new Prompts.ConfirmPrompt("send"));
        InitialDialogId = "steps";
    }

    private async Task<DialogTurnResult> ShowQuestionStepAsync(WaterfallStepContext<AnswerQuestionState> step, CancellationToken ct)
    {
        var id = step.GetOptions<AnswerQuestionOptions>()?.QuestionId ?? 0;
        var q = await _questions.GetAsync(FamilyTurn.User(step.Context).Actor, id, ct).ConfigureAwait(false);
        if (q is null || q.Status != QuestionStatus.Open)
        {
            await step.Context.SendActivityAsync(TeacherText.Get(step.Context, q is null ? "QuestionNotFound" : q.Status == QuestionStatus.Closed ? "QuestionAlreadyClosed" : "QuestionNotOpen"), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        step.Values = new AnswerQuestionState { QuestionId = q.Id, AskedById = q.AskedById, ChildName = q.ChildName, Question = q.Text };
        // The teacher wrote her answer where the list of questions waited: it goes straight to the confirmation.
        if (step.GetOptions<AnswerQuestionOptions>() is { AnswerWritten: true }) return await step.NextAsync(null, ct).ConfigureAwait(false);
        var titles = TeacherText.Titles(step.Context, "ActionAnswer", "ActionHandOver", "ActionClose");
        return await step.PromptAsync("action", NumberedMenu.Options(step.Context, TeacherText.Get(step.Context, "QuestionShown", q.ChildName, q.Text), titles), ct).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ActStepAsync(WaterfallStepContext<AnswerQuestionState> step, CancellationToken ct)
    {
        // "给家长留言" at a parent's question: she writes to that parent, which is answering it (it was taken for the
        // answer itself); "给家长留言：九点前能写完" is the answer written.
        var toParent = ParentsText.WritesToParents(step.Context.Activity.Text, out var note);
        if (toParent && note is null) return await AskAnswerAsync(step, ct).ConfigureAwait(false);
        if ((toParent ? note : WrittenAnswer(step.Context, step.Result as FoundChoice)) is { } written)
        {
            step.Values = step.Values with { Written = written };
            var prompt = TeacherText.Get(step.Context, "ConfirmWrittenAnswer", step.Values.ChildName, TeacherText.Snippet(written, 60), TeacherText.Snippet(step.Values.Question, 40));
            return await step.PromptAsync("send", new PromptOptions
            {
                Prompt = MessageFactory.Text(prompt),
                NewRequestNotice = MessageFactory.Text(TeacherText.Get(step.Context, "AnswerLeftUnsent")),
            }, ct).ConfigureAwait(false);
        }
        if (step.Result is not FoundChoice action) return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        if (action.Index == 0) return await AskAnswerAsync(step, ct).ConfigureAwait(false);
        var actor = FamilyTurn.User(step.Context).Actor;
        var id = step.Values.QuestionId;
        try
        {
            if (action.Index == 1)
            {
                var handed = await _answers.HandOverAsync(actor, id, ct).ConfigureAwait(false);
                await step.Context.SendActivityAsync(handed is null
                    ? TeacherText.Get(step.Context, "HandOverYoursAlready", step.Values.ChildName)
                    : TeacherText.Get(step.Context, "HandedOver"), ct).ConfigureAwait(false);
            }
            else
            {
                await _questions.CloseAsync(actor, id, ct).ConfigureAwait(false);
                await step.Context.SendActivityAsync(TeacherText.Get(step.Context, "Closed"), ct).ConfigureAwait(false);
            }
        }
        catch (ArchiveException e)
        {
            await step.Context.SendActivityAsync(TeacherText.Get(step.Context, Explain(e)), ct).ConfigureAwait(false);
        }
        return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
    }

    private static Task<DialogTurnResult> AskAnswerAsync(WaterfallStepContext<AnswerQuestionState> step, CancellationToken ct) =>
        step.PromptAsync("answer", new PromptOptions { Prompt = MessageFactory.Text(TeacherText.Get(step.Context, "AnswerAsk")), MaxLength = MaxAnswerLength }, ct);

    private async Task<DialogTurnResult> SendAnswerStepAsync(WaterfallStepContext<AnswerQuestionState> step, CancellationToken ct)
    {
        var answer = step.Result switch { string asked => asked, true => step.Values.Written, _ => null };
        if (answer is null)
        {
            if (step.Result is false) await step.Context.SendActivityAsync(TeacherText.Get(step.Context, "WrittenAnswerNotSent"), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        var user = FamilyTurn.User(step.Context);
        var values = step.Values;
        DateTimeOffset? waiting;
        try
        {
            var answered = await _answers.AnswerAsync(user.Actor, user.Person.Name, values.QuestionId, answer, ct).ConfigureAwait(false);
            waiting = await _answers.WaitingUntilAsync(answered, ct).ConfigureAwait(false);
        }
        catch (ArchiveException e)
        {
            await step.Context.SendActivityAsync(TeacherText.Get(step.Context, Explain(e)), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        // The family's quiet hours hold it until their morning: the teacher hears when it goes out.
        var said = waiting is { } until
            ? TeacherText.Get(step.Context, "AnswerWaiting", TimeZoneInfo.ConvertTime(until, KernelTurnState.GetTimeZone(step.Context)).DateTime)
            : TeacherText.Get(step.Context, "AnswerSent");
        await step.Context.SendActivityAsync(said, ct).ConfigureAwait(false);
        return await step.EndDialogAsync(values.QuestionId, ct).ConfigureAwait(false);
    }

    private static Task<bool> AcceptsActionOrWrittenAnswerAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken ct) =>
        Task.FromResult(prompt.Recognized.Succeeded || WrittenAnswer(prompt.Context, null) is not null);

    /// <summary>
    /// The message is an answer written at the menu: a sentence, not a number. Eight characters or more is a sentence
    /// even when it happens to contain a menu word ("回答：九点前能写完"); a shorter text is one only when it names no action.
    /// </summary>
    public static string? WrittenAnswer(ITurnContext context, FoundChoice? recognized)
    {
        var text = context.Activity.Text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxAnswerLength || NumberRecognizer.TryRecognizeWhole(text, out _)) return null;
        return text.Length >= 8 || (recognized is null && text.Length >= 4) ? text : null;
    }

    private static string Explain(ArchiveException e) => e.Error switch
    {
        ArchiveError.QuestionClosed => "QuestionAlreadyClosed",
        ArchiveError.NotFound => "QuestionNotFound",
        _ => "QuestionNotOpen",
    };
}
