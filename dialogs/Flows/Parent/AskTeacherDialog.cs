using LeftBehind.Dialogs.Notifications;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Parent;

/// <summary>
/// "帮我问问老师…": the question is stored (routed by the archive to the paired teacher, else the head teacher), the
/// parent is told who will answer and by when, and the teacher gets a nudge; an urgent concern (bullying, a child who
/// will not talk) also reaches the head teacher at once. The answer comes back later through
/// <see cref="FamilyNotifications.TeacherAnswer"/>.
/// </summary>
internal sealed class AskTeacherDialog : ComponentDialog
{
    public const string Name = nameof(AskTeacherDialog);
    public const int MaxQuestionLength = 1000;
    private const int MinQuestionBesideName = 4;
    private const string QuestionPrompt = "question";
    /// <summary>The id of the yes/no question 要把这句话转给老师吗？ (a new question for the teacher there is a new request).</summary>
    public const string ConfirmPrompt = "confirm";
    /// <summary>Up to this long, the question left unsent is quoted back, so the parent knows which one it was.</summary>
    private const int MaxQuotedUnsent = 40;
    private readonly IQuestionService _questions;
    private readonly IProactiveMessenger _messenger;
    private readonly IChildrenService _children;

    public AskTeacherDialog(IQuestionService questions, IChildrenService children, ChooseChildDialog chooseChild, IProactiveMessenger messenger) : base(Name)
    {
        _children = children;
        _questions = questions;
        _messenger = messenger;
        AddDialog(new WaterfallDialog<AskTeacherState>("steps", ChooseChildStep.Then<AskTeacherState>(WhichChild, (s, child) => s with { Child = child }, AskQuestionStepAsync, ConfirmQuestionStepAsync, SendQuestionStepAsync)));
        AddDialog(chooseChild);
        AddDialog(new TextPrompt(QuestionPrompt));
        AddDialog(new Prompts.ConfirmPrompt(ConfirmPrompt));
    }

    private static ChooseChildOptions WhichChild(WaterfallStepContext<AskTeacherState> step)
    {
        var options = step.GetOptions<ParentFlowOptions>();
        step.Values = step.Values with { Opening = step.Context.Activity.Text };
        if (options is { TextIsQuestion: true, Text: { Length: > 0 and <= MaxQuestionLength } text })
            step.Values = step.Values with { Question = text.Trim(), Confirm = !options.AlreadyConfirmed, Urgent = IsConcern(step.Context) };
        return ParentChildQuestion.For(step.Context, options);
    }

    private static Task<DialogTurnResult> AskQuestionStepAsync(WaterfallStepContext<AskTeacherState> step, CancellationToken ct)
    {
        var child = step.Values.Child!;
        if (step.Values.Question is { } ready) return step.NextAsync(ready, ct);
        if (QuestionBesideName(step.Context, step.Values, child) is { } asked)
        {
            step.Values = step.Values with { Question = asked, Confirm = true, Urgent = IsConcern(step.Context) };
            return step.NextAsync(asked, ct);
        }
        return step.PromptAsync(QuestionPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(ParentText.Strings.Get(step.Context, "WhatToAsk", child.Name)),
            MaxLength = MaxQuestionLength,
        }, ct);
    }

    private static Task<DialogTurnResult> ConfirmQuestionStepAsync(WaterfallStepContext<AskTeacherState> step, CancellationToken ct)
    {
        if (step.Result is not string asked) return step.EndDialogAsync(null, ct);
        // "帮我问问老师，…": the teacher is sent the question, and the parent is shown exactly that.
        var question = TeacherQuestion.WithoutRequestWords(asked);
        step.Values = step.Values with { Question = question, Urgent = step.Values.Confirm ? step.Values.Urgent : IsConcern(step.Context) };
        // "写两地书" where the question is asked is the parent changing their mind, not a question: asked first, so a new
        // request in the answer ("写两地书" again) leaves it unsent and starts that flow.
        if (!step.Values.Confirm && ClearNewRequest.MayBeNewRequest(step.DialogContext, question)) step.Values = step.Values with { Confirm = true };
        if (!step.Values.Confirm) return step.NextAsync(true, ct);
        return step.PromptAsync(ConfirmPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(ParentText.Strings.Get(step.Context, "ConfirmQuestion", question)),
            NewRequestNotice = MessageFactory.Text(question.Length <= MaxQuotedUnsent
                ? ParentText.Strings.Get(step.Context, "QuestionLeftUnsentQuoted", question)
                : ParentText.Strings.Get(step.Context, "QuestionLeftUnsent")),
        }, ct);
    }

    /// <summary>
    /// "小明最近作业多不多？" at 问哪个孩子？ names the child and asks at once: the question is kept (and confirmed) instead
    /// of being asked for again. A bare name ("小明", "是小明的") is only the choice.
    /// </summary>
    private static string? QuestionBesideName(ITurnContext context, AskTeacherState state, ChildChoice child)
    {
        var text = context.Activity.Text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxQuestionLength || text == state.Opening?.Trim()) return null;
        if (ChooseChildDialog.Named([child], text) is null) return null;
        return ChooseChildDialog.WordsBesideName(text, child) >= MinQuestionBesideName ? text : null;
    }

    /// <summary>Bullying, a child who won't talk, a worrying absence: the question goes to the top of the teacher's inbox at once.</summary>
    private static bool IsConcern(ITurnContext context) => TurnAnalysis.Get(context)?.Level is Understanding.UrgencyLevel.Concern or Understanding.UrgencyLevel.Emergency;

    private async Task<DialogTurnResult> SendQuestionStepAsync(WaterfallStepContext<AskTeacherState> step, CancellationToken ct)
    {
        var context = step.Context;
        var t = ParentText.Strings;
        if (step.Result is not true || step.Values is not { Child: { } child, Question: { } text })
        {
            await context.SendActivityAsync(t.Get(context, "QuestionNotSent"), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        var user = CurrentUser.From(context)!;
        var question = await _questions.AskAsync(user.Actor, child.Id, text, step.Values.Urgent, ct).ConfigureAwait(false);
        var now = KernelTurnState.GetTimeProvider(context).GetUtcNow();
        var zone = KernelTurnState.GetTimeZone(context);
        var due = AnswerExpectation.DueLocal(now, zone);
        await context.SendActivityAsync(t.Get(context, "QuestionSent" + AnswerExpectation.DayKind(due, now, zone),
            question.AssignedTeacherName ?? t.Get(context, "SomeTeacher"), due), ct).ConfigureAwait(false);
        if (question.AssignedTeacherId is { } teacherId)
            await _messenger.SendAsync(teacherId, FamilyNotifications.NewQuestion(teacherId, question) with { WrittenBy = question.AskedById }, ct).ConfigureAwait(false);
        if (question.Urgent && await _children.GetFamilyAsync(user.Actor, child.Id, ct).ConfigureAwait(false) is { HeadTeacher: { } head } && head.Id != question.AssignedTeacherId)
            await _messenger.SendAsync(head.Id, FamilyNotifications.ConcernToHeadTeacher(head.Id, question), ct).ConfigureAwait(false);
        return await step.EndDialogAsync(question, ct).ConfigureAwait(false);
    }
}
