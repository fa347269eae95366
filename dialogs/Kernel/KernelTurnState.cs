namespace LeftBehind.Dialogs.Kernel;

/// <summary>Per-turn services the kernel puts in TurnState: the clock, the user's time zone, and the application's new-request recogniser.</summary>
public static class KernelTurnState
{
    public const string TimeProviderKey = "LeftBehind.Kernel.TimeProvider";
    public const string TimeZoneKey = "LeftBehind.Kernel.TimeZone";
    public const string DefaultTimeZoneId = "Asia/Shanghai";
    public const string NewRequestRecognizerKey = "LeftBehind.Kernel.NewRequestRecognizer";
    private const string AfterRepliesKey = "LeftBehind.Kernel.AfterReplies";

    public static TimeProvider GetTimeProvider(ITurnContext turnContext) =>
        turnContext.TurnState.Get<TimeProvider>(TimeProviderKey) ?? TimeProvider.System;

    public static TimeZoneInfo GetTimeZone(ITurnContext turnContext) =>
        turnContext.TurnState.Get<TimeZoneInfo>(TimeZoneKey) ?? FindZone(DefaultTimeZoneId);

    /// <summary>What the prompts ask whether an answer they did not recognise is a new request; null: they only re-ask.</summary>
    public static Prompts.INewRequestRecognizer? GetNewRequestRecognizer(ITurnContext turnContext) =>
        turnContext.TurnState.Get<Prompts.INewRequestRecognizer>(NewRequestRecognizerKey);

    public static void SetNewRequestRecognizer(ITurnContext turnContext, Prompts.INewRequestRecognizer recognizer) =>
        turnContext.TurnState[NewRequestRecognizerKey] = recognizer;

    public static void SetTimeProvider(ITurnContext turnContext, TimeProvider timeProvider) =>
        turnContext.TurnState[TimeProviderKey] = timeProvider;

    public static void SetTimeZone(ITurnContext turnContext, string? ianaId) =>
        turnContext.TurnState[TimeZoneKey] = FindZone(ianaId);

    // TimeZoneInfo's lookup takes a process-wide lock; every turn sets its zone. Only ids the system knows are kept.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, TimeZoneInfo> Zones = new(StringComparer.Ordinal);

    /// <summary>
    /// Work that must follow this turn's replies. The replies are held until the turn's state is saved, so anything
    /// the turn sets off that reaches the same person by another road (their mailbox released on binding) would
    /// otherwise arrive before "绑定成功". <see cref="TurnRunner"/> runs it once the replies are out.
    /// </summary>
    public static void AfterReplies(ITurnContext turnContext, Func<CancellationToken, Task> work)
    {
        if (turnContext.TurnState.Get<List<Func<CancellationToken, Task>>>(AfterRepliesKey) is not { } list)
            turnContext.TurnState[AfterRepliesKey] = list = [];
        list.Add(work);
    }

    internal static IReadOnlyList<Func<CancellationToken, Task>> TakeAfterReplies(ITurnContext turnContext) =>
        turnContext.TurnState.Get<List<Func<CancellationToken, Task>>>(AfterRepliesKey) ?? [];

    /// <summary>An unknown zone id falls back to China Standard Time rather than failing the turn.</summary>
    public static TimeZoneInfo FindZone(string? ianaId)
    {
        if (ianaId is not null && Zones.TryGetValue(ianaId, out var known)) return known;
        var found = Find(ianaId);
        if (ianaId is not null && found.Id == ianaId) Zones.TryAdd(ianaId, found);
        return found;
    }

    private static TimeZoneInfo Find(string? ianaId)
    {
        if (!string.IsNullOrWhiteSpace(ianaId) && TimeZoneInfo.TryFindSystemTimeZoneById(ianaId, out var zone)) return zone;
        return TimeZoneInfo.TryFindSystemTimeZoneById(DefaultTimeZoneId, out var shanghai) ? shanghai : TimeZoneInfo.CreateCustomTimeZone(DefaultTimeZoneId, TimeSpan.FromHours(8), DefaultTimeZoneId, DefaultTimeZoneId);
    }
}
