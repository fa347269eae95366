using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Prompts;

namespace LeftBehind.Tests.Kernel;

/// <summary>
/// Asks how many days, then why; a reason typed at the days' question ("发烧") is kept and the days asked again
/// (<see cref="WaterfallStepContext{TState}.AskAgainAsync"/>), and the why is not asked.
/// </summary>
internal sealed class EarlyAnswerDialog : ComponentDialog
{
    public EarlyAnswerDialog() : base(nameof(EarlyAnswerDialog))
    {
        AddDialog(new WaterfallDialog<SickDayState>("steps", [AskDaysStepAsync, DaysStepAsync, ReasonStepAsync]));
        AddDialog(new NumberPrompt<int>("days", (p, _) => Task.FromResult(p.Recognized.Succeeded || p.Context.Activity.Text == "发烧")));
        AddDialog(new TextPrompt("why"));
        InitialDialogId = "steps";
    }

    private static Task<DialogTurnResult> AskDaysStepAsync(WaterfallStepContext<SickDayState> step, CancellationToken ct) =>
        step.PromptAsync("days", new PromptOptions { Prompt = MessageFactory.Text("请几天假？") }, ct);

    private static Task<DialogTurnResult> DaysStepAsync(WaterfallStepContext<SickDayState> step, CancellationToken ct)
    {
        step.Values = step.Values with { StepRuns = step.Values.StepRuns + 1 };
        // A value type's prompt ends with its default (0) for an answer the validator took but could not read.
        if (step.Result is not int days || days < 1)
        {
            step.Values = step.Values with { Child = step.Context.Activity.Text };
            return step.AskAgainAsync("days", new PromptOptions { Prompt = MessageFactory.Text("记下了，请几天假？") }, ct);
        }
        step.Values = step.Values with { Days = days };
        return step.Values.Child is null
            ? step.PromptAsync("why", new PromptOptions { Prompt = MessageFactory.Text("为什么？") }, ct)
            : step.NextAsync(step.Values.Child, ct);
    }

    private static async Task<DialogTurnResult> ReasonStepAsync(WaterfallStepContext<SickDayState> step, CancellationToken ct)
    {
        await step.Context.SendActivityAsync($"请假{step.Values.Days}天：{step.Result}", ct);
        return await step.EndDialogAsync(step.Values, ct);
    }
}
