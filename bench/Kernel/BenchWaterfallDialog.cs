using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Bench.Kernel;

internal sealed record BenchLeaveState(string? Child, int Days);

/// <summary>The measured flow: a 3-step waterfall (choice prompt, number prompt, summary) inside an interruptible component.</summary>
internal sealed class BenchWaterfallDialog : InterruptibleDialog
{
    public BenchWaterfallDialog() : base("bench")
    {
        AddDialog(new WaterfallDialog<BenchLeaveState>("steps", [AskChildStepAsync, AskDaysStepAsync, FinishStepAsync]));
        AddDialog(new ChoicePrompt("child"));
        AddDialog(new NumberPrompt<int>("days"));
        InitialDialogId = "steps";
    }

    private static Task<DialogTurnResult> AskChildStepAsync(WaterfallStepContext<BenchLeaveState> step, CancellationToken ct) =>
        step.PromptAsync("child", new PromptOptions { Prompt = MessageFactory.Text("哪个孩子请假？"), Choices = [new Choice("小明"), new Choice("小红")] }, ct);

    private static Task<DialogTurnResult> AskDaysStepAsync(WaterfallStepContext<BenchLeaveState> step, CancellationToken ct)
    {
        step.Values = step.Values with { Child = ((FoundChoice)step.Result!).Value };
        return step.PromptAsync("days", new PromptOptions { Prompt = MessageFactory.Text("请几天假？"), MinValue = 1, MaxValue = 30 }, ct);
    }

    private static async Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext<BenchLeaveState> step, CancellationToken ct)
    {
        var days = (int)step.Result!;
        await step.Context.SendActivityAsync($"已为{step.Values.Child}请假{days}天。", ct);
        return await step.EndDialogAsync(null, ct);
    }
}

