using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Understanding;

namespace LeftBehind.Dialogs.Guardian;

/// <summary>
/// Which days: option 1 today, 2 tomorrow, 3 the rest of this week (by number, title or tap), or any date the
/// kernel's recogniser understands ("后天", "下周一", "11月25日", "这周"). At most 31 days; a range that
/// includes today starts today. A bare number is only ever an option number. A reason said instead of a day ("发烧了")
/// ends the question without days, so the flow keeps the reason and asks the day again (<see cref="SaysOnlyAReason"/>).
/// </summary>
internal sealed class LeaveDaysPrompt(string dialogId, ITextAnalyzer analyzer)
    : Prompt<LeaveDays>(dialogId, (prompt, _) => Task.FromResult(prompt.Recognized.Succeeded || SaysOnlyAReason(prompt.Context.Activity.Text)))
{
    private const int MaxDays = 31;

    protected override async Task<PromptRecognizerResult<LeaveDays>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var today = FamilyTurn.Today(turnContext);
        var text = turnContext.Activity.Text;
        LeaveDays? days = ChoiceRecognizer.Recognize(text, options.Choices ?? []) is { } found
            ? found.Index switch
            {
                0 => new LeaveDays(today, today),
                1 => new LeaveDays(today.AddDays(1), today.AddDays(1)),
                _ => new LeaveDays(today, today.AddDays(7 - (((int)today.DayOfWeek + 6) % 7) - 1)),
            }
            : await FromDateAsync(turnContext, analyzer, text, today, cancellationToken).ConfigureAwait(false);
        return days is not null && days.To >= days.From && days.To.DayNumber - days.From.DayNumber < MaxDays
            ? PromptRecognizerResult<LeaveDays>.Success(days)
            : PromptRecognizerResult<LeaveDays>.Failure("RetryDateTime");
    }

    /// <summary>
    /// The days a message names ("明天不去", "下周一到周三"); null when it names none. When it names two days
    /// ("娃今天肚子疼 明天请假"), the day said together with the leave is the one: today is when the child fell ill.
    /// </summary>
    public static async Task<LeaveDays?> FromDateAsync(ITurnContext turnContext, ITextAnalyzer analyzer, string? text, DateOnly today, CancellationToken cancellationToken)
    {
        foreach (var clause in await LeaveClausesAsync(turnContext, analyzer, text, cancellationToken).ConfigureAwait(false))
        {
            if (FromOneDate(turnContext, clause, today) is { } said) return said;
        }
        return FromOneDate(turnContext, text, today);
    }

    /// <summary>
    /// The parts of the message, between spaces and punctuation, that say the child will not go, surest first. The one
    /// source of what a leave sounds like is the understanding project's leave intent (its corpus: 请假, 不去, 上不了学,
    /// 在家休息…), so "明天请假" (0.997) comes before "娃今天肚子疼" (0.80) and "小明发烧了" is no leave at all.
    /// </summary>
    private static async Task<IReadOnlyList<string>> LeaveClausesAsync(ITurnContext turnContext, ITextAnalyzer analyzer, string? text, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > ITextAnalyzer.MaxAnalyzedLength) return [];
        var clauses = text.Split([' ', '\u3000', '，', ',', '。', '.', '；', ';', '！', '!', '？', '?'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (clauses.Length < 2) return [];
        var leave = new List<(string Clause, double Confidence)>();
        foreach (var clause in clauses)
        {
            var analysis = await analyzer.AnalyzeAsync(clause, turnContext.Locale, ct).ConfigureAwait(false);
            if (analysis.Intent == Intents.LeaveRequest) leave.Add((clause, analysis.Confidence));
        }
        return [.. leave.OrderByDescending(l => l.Confidence).Select(l => l.Clause)];
    }

    /// <summary>"发烧了", "家里有事": a reason for the leave (<see cref="LeaveReason"/>) and no day.</summary>
    public static bool SaysOnlyAReason(string? text) => LeaveReason.Find(text) is not null;

    private static LeaveDays? FromOneDate(ITurnContext turnContext, string? text, DateOnly today)
    {
        // A bare number is a wrong option number ("5" to a 3-option question), never a clock time.
        if (TextNormalizer.Compact(text).All(char.IsAsciiDigit)) return null;
        var zone = KernelTurnState.GetTimeZone(turnContext);
        var resolution = DateTimeRecognizer.Recognize(text, KernelTurnState.GetTimeProvider(turnContext).GetUtcNow(), zone, DatePreference.Future, answersWhen: true);
        if (resolution is null) return null;
        var from = Local(resolution.Start ?? resolution.Value, zone);
        var to = resolution.End is { } end && !resolution.HasTime ? Local(end, zone).AddDays(-1) : from;
        if (to < from) to = from;
        if (from < today && to >= today) from = today;
        return to.DayNumber - from.DayNumber < MaxDays ? new LeaveDays(from, to) : null;
    }

    private static DateOnly Local(DateTimeOffset at, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
}
