using System.Text.RegularExpressions;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Understanding;

namespace LeftBehind.Dialogs.Parent;

/// <summary>
/// Collects a letter over as many messages as the parent needs (a shift break is short); "写好了" ends it with the
/// whole text, or null when nothing was written. A message that asks the service something instead (老师最近说啥了没)
/// ends it with the parts so far and <see cref="ComposeLetterState.AskedAside"/> set.
/// </summary>
internal sealed partial class ComposeLetterDialog : ComponentDialog
{
    public const string Name = nameof(ComposeLetterDialog);
    public const int MaxLetterLength = 5000;
    private const string Loop = "loop";
    private const string PartPrompt = "part";
    // The words for sending (发送, as every chat app's button says) end the letter too: it is shown before anything is sent.
    private static readonly HashSet<string> DoneWords = ["写好了", "寫好了", "好了", "写完了", "寫完了", "完成", "done", "finished", "预览", "預覽",
        "发送", "發送", "发出去", "發出去", "寄出", "寄出去", "寄信", "寄", "发信", "發信", "发", "發", "send",
        // "letter" is the word the English texts teach for sending a kept letter (LetterKeptUnsent): alone, it is no line of one.
        "letter", "sendletter", "sendtheletter", "sendit"];

    public ComposeLetterDialog() : base(Name)
    {
        AddDialog(new WaterfallDialog<ComposeLetterState>(Loop, [AskPartStepAsync, CollectPartStepAsync]));
        AddDialog(new TextPrompt(PartPrompt));
    }

    private static Task<DialogTurnResult> AskPartStepAsync(WaterfallStepContext<ComposeLetterState> step, CancellationToken ct)
    {
        step.Values = step.GetOptions<ComposeLetterState>() ?? new ComposeLetterState();
        var key = step.Values.Parts.Count == 0 ? "LetterStart" : step.Values.Resumed ? "LetterResume" : "LetterContinue";
        return step.PromptAsync(PartPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(ParentText.Strings.Get(step.Context, key, step.Values.Parts.Sum(p => p.Length), step.Values.ChildName ?? string.Empty)),
            MaxLength = MaxLetterLength,
        }, ct);
    }

    private static Task<DialogTurnResult> CollectPartStepAsync(WaterfallStepContext<ComposeLetterState> step, CancellationToken ct)
    {
        if (step.Result is not string part) return step.EndDialogAsync(null, ct);
        if (SaysDone(part)) return step.EndDialogAsync(step.Values.Parts.Count == 0 ? null : string.Join('\n', step.Values.Parts), ct);
        if (AsksTheService(step.Context, part, step.Values.ChildName)) return step.EndDialogAsync(step.Values with { AskedAside = true }, ct);
        var parts = step.Values.Parts.Append(part).ToList();
        if (parts.Sum(p => p.Length) > MaxLetterLength) return step.EndDialogAsync(string.Join('\n', step.Values.Parts), ct);
        return step.ReplaceDialogAsync(Loop, new ComposeLetterState { Parts = parts, ChildName = step.Values.ChildName }, ct);
    }

    /// <summary>写好了, 寄信, 发送…: the letter is written (shown for its last look, never sent from here).</summary>
    public static bool SaysDone(string? text) =>
        !string.IsNullOrWhiteSpace(text) && DoneWords.Contains(TextNormalizer.StripParticles(TextNormalizer.Compact(text)));

    /// <summary>
    /// "老师最近说啥了没", "小明这周上学了吗" typed while writing: asked of the service, not written to the child (it went
    /// into the letter as one more line). Only what the analyzer plainly reads as the parent's own question about the
    /// child (attendance, the teachers' notes, a question for the teacher), short, and not spoken to the child: a letter
    /// asks too ("你最近好吗？", "想爸爸了吗？", "小明，这周上学了吗？"), and 你, the parent naming themself (爸爸, 妈妈)
    /// or the child's name before a comma keep a line in the letter.
    /// </summary>
    public static bool AsksTheService(ITurnContext context, string part, string? childName)
    {
        if (TurnAnalysis.Get(context) is not { } analysis || !ClearNewRequest.ReadsPlainlyAsRequest(analysis)
            || analysis.Intent is not (Intents.Attendance or Intents.Notes or Intents.AskTeacher)) return false;
        var text = part.Trim();
        if (TextNormalizer.Compact(text).Length > MaxAsideLength || SpeaksToTheChild().IsMatch(text)) return false;
        return string.IsNullOrEmpty(childName) ? !CallsSomeone().IsMatch(text) : !Addressed(text, childName);
    }

    /// <summary>"小明，…" or "王小明 …": the line opens by calling the child.</summary>
    private static bool Addressed(string text, string childName)
    {
        foreach (var name in childName.Length >= 3 ? new[] { childName, childName[1..] } : [childName])
        {
            if (text.StartsWith(name, StringComparison.Ordinal) && text.Length > name.Length && AddressMark().IsMatch(text[name.Length..])) return true;
        }
        return false;
    }

    /// <summary>Past this many characters a line is part of the letter, whatever it asks.</summary>
    private const int MaxAsideLength = 20;

    [GeneratedRegex(@"你|妳|爸爸|妈妈|媽媽|\byou\b|\bdad\b|\bmum\b|\bmom\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpeaksToTheChild();

    /// <summary>The child not known yet: any short name before a comma ("小红，这周上学了吗？", "Xiaohong, ...") calls someone.</summary>
    [GeneratedRegex(@"^\s*[^\s，,、。？?！!]{1,12}\s*[，,]")]
    private static partial Regex CallsSomeone();

    [GeneratedRegex(@"^\s*[，,、：:！!～~]|^\s+")]
    private static partial Regex AddressMark();
}
