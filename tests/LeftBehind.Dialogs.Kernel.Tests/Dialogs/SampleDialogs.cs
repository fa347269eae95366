using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Tests.Kernel;

/// <summary>What the sick-day sample collects between its steps.</summary>
public sealed record SickDayState
{
    public string? Child { get; init; }
    public int Days { get; init; }
    public int StepRuns { get; init; }
}

/// <summary>A three-step waterfall like the guardians' sick-day report, with an interruptible parent.</summary>
internal sealed class ReportSickDayDialog : InterruptibleDialog
{
    public const string Name = nameof(ReportSickDayDialog);

    public ReportSickDayDialog() : base(Name)
    {
        AddDialog(new WaterfallDialog<SickDayState>("steps", [AskChildStepAsync, AskDaysStepAsync, ConfirmStepAsync, FinishStepAsync]));
        AddDialog(new ChoicePrompt("child"));
        AddDialog(new NumberPrompt<int>("days"));
        AddDialog(new ConfirmPrompt("confirm"));
        InitialDialogId = "steps";
    }

    private int _stepExecutions;

    /// <summary>Every step execution of this instance, committed or not, to prove no step runs twice.</summary>
    public int StepExecutions => Volatile.Read(ref _stepExecutions);

    /// <summary>Lets a test hold a step open to make turns overlap.</summary>
    public Func<Task>? BeforeStep { get; set; }

    private async Task CountAsync()
    {
        Interlocked.Increment(ref _stepExecutions);
        if (BeforeStep is { } hook) await hook();
    }

    private async Task<DialogTurnResult> AskChildStepAsync(WaterfallStepContext<SickDayState> step, CancellationToken ct)
    {
        await CountAsync();
        return await step.PromptAsync("child", new PromptOptions
        {
            Prompt = MessageFactory.Text("哪个孩子请假？"),
            Choices = [new Choice("小明", ["明明"]), new Choice("小红")],
        }, ct);
    }

    private async Task<DialogTurnResult> AskDaysStepAsync(WaterfallStepContext<SickDayState> step, CancellationToken ct)
    {
        await CountAsync();
        step.Values = step.Values with { Child = ((FoundChoice)step.Result!).Value, StepRuns = step.Values.StepRuns + 1 };
        return await step.PromptAsync("days", new PromptOptions
        {
            Prompt = MessageFactory.Text("请几天假？"),
            MinValue = 1,
            MaxValue = 30,
        }, ct);
    }

    private async Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext<SickDayState> step, CancellationToken ct)
    {
        await CountAsync();
        if (step.Result is not int days) return await step.EndDialogAsync(null, ct);
        step.Values = step.Values with { Days = days, StepRuns = step.Values.StepRuns + 1 };
        return await step.PromptAsync("confirm", new PromptOptions { Prompt = MessageFactory.Text($"{step.Values.Child}请假{days}天，对吗？") }, ct);
    }

    private async Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext<SickDayState> step, CancellationToken ct)
    {
        await CountAsync();
        var ok = step.Result is true;
        await step.Context.SendActivityAsync(ok ? $"已为{step.Values.Child}请假{step.Values.Days}天。" : "好的，没有提交。", ct);
        return await step.EndDialogAsync(ok ? step.Values : null, ct);
    }
}
