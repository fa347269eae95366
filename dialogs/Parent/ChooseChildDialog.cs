using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Parent;

/// <summary>
/// Which of the parent's own children: none to ask with one child, the one the message names, else a choice.
/// Anything else is answered with the same words whether or not such a child exists anywhere. Ends with a
/// <see cref="ChildChoice"/>, or null when there is no child or no answer.
/// </summary>
public sealed class ChooseChildDialog : ComponentDialog
{
    public const string Name = nameof(ChooseChildDialog);
    private const string ChildPrompt = "child";
    private readonly IChildrenService _children;

    public ChooseChildDialog(IChildrenService children) : base(Name)
    {
        _children = children;
        AddDialog(new WaterfallDialog<ChooseChildState>("steps", [LoadChildrenStepAsync, PickChildStepAsync]));
        AddDialog(new ChoicePrompt(ChildPrompt, AcceptsChoiceOrNameAsync));
    }

    private async Task<DialogTurnResult> LoadChildrenStepAsync(WaterfallStepContext<ChooseChildState> step, CancellationToken ct)
    {
        var user = CurrentUser.From(step.Context) ?? throw new InvalidOperationException("parent flows run for bound users");
        var options = step.GetOptions<ChooseChildOptions>();
        var children = (await _children.GetChildrenAsync(user.Actor, ct).ConfigureAwait(false)).Select(c => new ChildChoice(c.Id, c.Name)).ToList();
        if (children.Count == 0)
        {
            await step.Context.SendActivityAsync(ParentText.Strings.Get(step.Context, "NoChildren"), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        if (options?.ChildId is { } id)
        {
            if (children.FirstOrDefault(c => c.Id == id) is { } given) return await step.EndDialogAsync(given, ct).ConfigureAwait(false);
            await step.Context.SendActivityAsync(ParentText.Strings.Get(step.Context, "OnlyOwnChildren"), ct).ConfigureAwait(false);
        }
        if (children.Count == 1) return await step.EndDialogAsync(children[0], ct).ConfigureAwait(false);
        var allowAll = options?.AllowAll == true;
        if (allowAll && MeansAll(options?.Text)) return await step.EndDialogAsync(children, ct).ConfigureAwait(false);
        if (Named(children, options?.Text) is { } named) return await step.EndDialogAsync(named, ct).ConfigureAwait(false);

        step.Values.Children = children;
        step.Values.AllowAll = allowAll;
        var choices = children.Select(c => new Choice(c.Name, GivenNames(c.Name))).ToList();
        if (allowAll) choices.Add(new Choice(ParentText.Strings.Get(step.Context, "AllChildren"), AllWords));
        return await step.PromptAsync(ChildPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(ParentText.Strings.Get(step.Context, "WhichChild")),
            RetryPrompt = MessageFactory.Text(ParentText.Strings.Get(step.Context, "WhichChildRetry")),
            Choices = choices,
        }, ct).ConfigureAwait(false);
    }

    private static Task<DialogTurnResult> PickChildStepAsync(WaterfallStepContext<ChooseChildState> step, CancellationToken ct)
    {
        var children = step.Values.Children;
        if (step.Values.AllowAll && (step.Result is FoundChoice { Index: var i } && i >= children.Count || MeansAll(step.Context.Activity.Text)))
            return step.EndDialogAsync(children, ct);
        return step.EndDialogAsync(step.Result is FoundChoice found && found.Index < children.Count ? children[found.Index] : Named(children, step.Context.Activity.Text), ct);
    }

    /// <summary>"两个都看看", "都", "全部", "both": every child, where the flow allows it.</summary>
    private static readonly string[] AllWords = ["都", "两个都", "两个都看看", "都看看", "全部", "所有", "两个孩子", "都要", "both", "all"];

    private static bool MeansAll(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || TextNormalizer.IsTooLong(text)) return false;
        var t = TextNormalizer.StripParticles(TextNormalizer.Compact(TextNormalizer.Fold(text)));
        return t is "都" or "全部" or "所有" or "both" or "all" || AllPhrases.Any(p => t.Contains(p, StringComparison.Ordinal));
    }

    private static readonly string[] AllPhrases = ["两个都", "两个孩子", "都看看", "全部", "两个人都", "俩都", "both", "all of them"];

    /// <summary>"小红呢" names a child without being one of the buttons.</summary>
    private static Task<bool> AcceptsChoiceOrNameAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken ct)
    {
        if (prompt.Recognized.Succeeded) return Task.FromResult(true);
        if (prompt.Options.Choices is { Count: > 2 } all && all[^1].Synonyms is { Count: > 0 } && MeansAll(prompt.Context.Activity.Text)) return Task.FromResult(true);
        var children = (prompt.Options.Choices ?? []).Select((c, i) => new ChildChoice(i, c.Value)).ToList();
        return Task.FromResult(Named(children, prompt.Context.Activity.Text) is not null);
    }

    /// <summary>The child whose full or given name the message contains, when exactly one does.</summary>
    private static ChildChoice? Named(List<ChildChoice> children, string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || TextNormalizer.IsTooLong(text)) return null;
        // Traditional or Simplified, full- or half-width alike: "小紅" is the roster's 小红.
        var folded = TextNormalizer.Fold(text);
        var hits = children.Where(c => c.Name.Length > 0 && (folded.Contains(TextNormalizer.Fold(c.Name), StringComparison.Ordinal)
            || GivenNames(c.Name).Any(g => folded.Contains(TextNormalizer.Fold(g), StringComparison.Ordinal)))).ToList();
        return hits.Count == 1 ? hits[0] : null;
    }

    /// <summary>"王小明" is "小明" at home; a one-character given name is too ambiguous to match inside a sentence.</summary>
    private static List<string> GivenNames(string name) => name.Length >= 3 ? [name[1..]] : [];
}
