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
/// </summary>
internal sealed class AnswerQuestionDialog : ComponentDialog
{
    public const string Name = nameof(AnswerQuestionDialog);
    private const int MaxAnswerLength = 1000;
    private readonly IQuestionService _questions;
    private readonly IProactiveMessenger _messenger;
    private readonly TeacherAnswers _answers;

    public AnswerQuestionDialog(IQuestionService questions, IProactiveMessenger messenger, TeacherAnswers answers) : base(Name)
    {
        _questions = questions;
        _messenger = messenger;
        _answers = answers;
        AddDialog(new WaterfallDialog<AnswerQuestionState>("steps", [ShowQuestionStepAsync, ActStepAsync, SendAnswerStepAsync]));
        AddDialog(new ChoicePrompt("action"));
        AddDialog(new TextPrompt("answer"));
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
        var titles = TeacherText.Titles(step.Context, "ActionAnswer", "ActionHandOver", "ActionClose");
        return await step.PromptAsync("action", NumberedMenu.Options(step.Context, TeacherText.Get(step.Context, "QuestionShown", q.ChildName, q.Text), titles), ct).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ActStepAsync(WaterfallStepContext<AnswerQuestionState> step, CancellationToken ct)
    {
        if (step.Result is not FoundChoice action) return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        if (action.Index == 0)
            return await step.PromptAsync("answer", new PromptOptions { Prompt = MessageFactory.Text(TeacherText.Get(step.Context, "AnswerAsk")), MaxLength = MaxAnswerLength }, ct).ConfigureAwait(false);
        var actor = FamilyTurn.User(step.Context).Actor;
        var id = step.Values.QuestionId;
        try
        {
            if (action.Index == 1)
            {
                var q = await _questions.HandOverAsync(actor, id, ct).ConfigureAwait(false);
                if (q.AssignedTeacherId is { } head && head != actor.PersonId)
                {
                    var values = step.Values;
                    await _messenger.SendAsync(head, FamilyNotifications.HandedOver(head, id, values.ChildName, values.Question), ct).ConfigureAwait(false);
                }
                await step.Context.SendActivityAsync(TeacherText.Get(step.Context, "HandedOver"), ct).ConfigureAwait(false);
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

    private async Task<DialogTurnResult> SendAnswerStepAsync(WaterfallStepContext<AnswerQuestionState> step, CancellationToken ct)
    {
        if (step.Result is not string answer) return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        var user = FamilyTurn.User(step.Context);
        var values = step.Values;
        try
        {
            await _answers.AnswerAsync(user.Actor, user.Person.Name, values.QuestionId, answer, ct).ConfigureAwait(false);
        }
        catch (ArchiveException e)
        {
            await step.Context.SendActivityAsync(TeacherText.Get(step.Context, Explain(e)), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        await step.Context.SendActivityAsync(TeacherText.Get(step.Context, "AnswerSent"), ct).ConfigureAwait(false);
        return await step.EndDialogAsync(values.QuestionId, ct).ConfigureAwait(false);
    }

    private static string Explain(ArchiveException e) => e.Error switch
    {
        ArchiveError.QuestionClosed => "QuestionAlreadyClosed",
        ArchiveError.NotFound => "QuestionNotFound",
        _ => "QuestionNotOpen",
    };
}
