using LeftBehind.Dialogs.Notifications;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Resources;

namespace LeftBehind.Dialogs.Guardian;

/// <summary>Answers a reminder with one digit: 1 done, 2 later, 3 can't; the reply goes to <see cref="IReminderReplySink"/>.</summary>
internal sealed class ConfirmReminderDialog : ComponentDialog
{
    public const string Name = nameof(ConfirmReminderDialog);
    private static readonly string[] RecordedNames = ["RecordedReplyDone", "RecordedReplyLater", "RecordedReplyCannot"];
    private readonly IReminderReplySink _replies;

    public ConfirmReminderDialog(IReminderReplySink replies) : base(Name)
    {
        _replies = replies;
        AddDialog(new WaterfallDialog<ConfirmReminderState>("steps", [FindReminderStepAsync, RecordReplyStepAsync]));
        AddDialog(new ChoicePrompt("reply"));
        InitialDialogId = "steps";
    }

    /// <summary>The reply options, in the order reminders show them.</summary>
    public static IReadOnlyList<string> Titles(ITurnContext turnContext) => ReminderReplyWords.Words(ResxText.CultureOf(turnContext.Locale));

    private async Task<DialogTurnResult> FindReminderStepAsync(WaterfallStepContext<ConfirmReminderState> step, CancellationToken ct)
    {
        var options = step.GetOptions<ConfirmReminderOptions>();
        var key = options?.ReminderKey ?? await _replies.LatestOpenAsync(FamilyTurn.User(step.Context).Person.PersonId, ct).ConfigureAwait(false);
        if (key is null)
        {
            await step.Context.SendActivityAsync(GuardianText.Get(step.Context, "ReminderNone"), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        step.Values = step.Values with { ReminderKey = key };
        if (options?.Reply is { } reply) return await step.NextAsync(reply, ct).ConfigureAwait(false);
        return await step.PromptAsync("reply", NumberedMenu.Options(step.Context, GuardianText.Get(step.Context, "ReminderAsk"), Titles(step.Context)), ct).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> RecordReplyStepAsync(WaterfallStepContext<ConfirmReminderState> step, CancellationToken ct)
    {
        ReminderReply? reply = step.Result switch
        {
            ReminderReply r => r,
            FoundChoice f => (ReminderReply)(f.Index + 1),
            _ => null,
        };
        if (reply is not { } answer || step.Values.ReminderKey is not { } key) return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        var now = KernelTurnState.GetTimeProvider(step.Context).GetUtcNow();
        await _replies.RecordAsync(FamilyTurn.User(step.Context).Person.PersonId, key, answer, now, ct).ConfigureAwait(false);
        await step.Context.SendActivityAsync(GuardianText.Get(step.Context, RecordedNames[(int)answer - 1]), ct).ConfigureAwait(false);
        return await step.EndDialogAsync(answer, ct).ConfigureAwait(false);
    }
}
