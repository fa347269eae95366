using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Prompts;

/// <summary>What a prompt asks and how strictly. Stored with the prompt's dialog instance, so it must stay serialisable.</summary>
public sealed record PromptOptions
{
    public Activity? Prompt { get; init; }

    /// <summary>Sent after input that fails; by default a hint in the user's language plus the prompt again.</summary>
    public Activity? RetryPrompt { get; init; }

    /// <summary>
    /// Sent when the prompt ends without an answer — the answer was a new request (<see cref="INewRequestRecognizer"/>), or
    /// it gave up after <see cref="MaxAttempts"/> — one short sentence saying what became of what waited ("刚才那句话没有发给
    /// 老师。"), so nothing is dropped in silence.
    /// </summary>
    public Activity? NewRequestNotice { get; init; }

    public IReadOnlyList<Choice>? Choices { get; init; }

    public ListStyle Style { get; init; } = ListStyle.Auto;

    /// <summary>Answers allowed before the prompt gives up and ends with a null result.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>Number prompts: the allowed range (inclusive).</summary>
    public decimal? MinValue { get; init; }

    public decimal? MaxValue { get; init; }

    /// <summary>
    /// Date-time prompts: which reading of a day named without its year or week ("29号", "周日") to take. Prompts ask
    /// about what is to come (a call, a leave), so the next one unless a flow says otherwise.
    /// </summary>
    public DatePreference DatePreference { get; init; } = DatePreference.Future;

    /// <summary>
    /// Date-time prompts: what was already said about when (<see cref="DateTimeResolution.Said"/>, "明天下午"); the
    /// answer is read together with it, so "3点" or "就3点吧" completes it.
    /// </summary>
    public string? DateTimeContext { get; init; }

    /// <summary>Text prompts: the longest answer accepted.</summary>
    public int MaxLength { get; init; } = 1000;
}
