using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Parent;

/// <summary>
/// Collects a letter over as many messages as the parent needs (a shift break is short); "写好了" ends it with the
/// whole text, or null when nothing was written.
/// </summary>
internal sealed class ComposeLetterDialog : ComponentDialog
{
    public const string Name = nameof(ComposeLetterDialog);
    public const int MaxLetterLength = 5000;
    private const string Loop = "loop";
    private const string PartPrompt = "part";
    // The words for sending (发送, as every chat app's button says) end the letter too: it is shown before anything is sent.
    private static readonly HashSet<string> DoneWords = ["写好了", "寫好了", "好了", "写完了", "寫完了", "完成", "done", "finished", "预览", "預覽",
        "发送", "發送", "发出去", "發出去", "寄出", "寄出去", "寄信", "寄", "发信", "發信", "发", "發", "send"];

    public ComposeLetterDialog() : base(Name)
    {
        AddDialog(new WaterfallDialog<ComposeLetterState>(Loop, [AskPartStepAsync, CollectPartStepAsync]));
        AddDialog(new TextPrompt(PartPrompt));
    }

    private static Task<DialogTurnResult> AskPartStepAsync(WaterfallStepContext<ComposeLetterState> step, CancellationToken ct)
    {
        step.Values = step.GetOptions<ComposeLetterState>() ?? new ComposeLetterState();
        var first = step.Values.Parts.Count == 0;
        return step.PromptAsync(PartPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(ParentText.Strings.Get(step.Context, first ? "LetterStart" : "LetterContinue", step.Values.Parts.Sum(p => p.Length))),
            MaxLength = MaxLetterLength,
        }, ct);
    }

    private static Task<DialogTurnResult> CollectPartStepAsync(WaterfallStepContext<ComposeLetterState> step, CancellationToken ct)
    {
        if (step.Result is not string part) return step.EndDialogAsync(null, ct);
        if (DoneWords.Contains(TextNormalizer.StripParticles(TextNormalizer.Compact(part))))
            return step.EndDialogAsync(step.Values.Parts.Count == 0 ? null : string.Join('\n', step.Values.Parts), ct);
        var parts = step.Values.Parts.Append(part).ToList();
        if (parts.Sum(p => p.Length) > MaxLetterLength) return step.EndDialogAsync(string.Join('\n', step.Values.Parts), ct);
        return step.ReplaceDialogAsync(Loop, new ComposeLetterState { Parts = parts }, ct);
    }
}
