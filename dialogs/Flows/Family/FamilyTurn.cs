using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Kernel;

namespace LeftBehind.Dialogs.Family;

/// <summary>What the guardian, teacher and emergency flows read from the turn.</summary>
internal static class FamilyTurn
{
    /// <summary>The router binds the person before any role dialog runs; a missing user is a wiring error.</summary>
    public static CurrentUser User(ITurnContext turnContext) =>
        CurrentUser.From(turnContext) ?? throw new InvalidOperationException("The role flows need CurrentUser in TurnState (set by the router).");

    /// <summary>Today in the user's zone.</summary>
    public static DateOnly Today(ITurnContext turnContext)
    {
        var now = KernelTurnState.GetTimeProvider(turnContext).GetUtcNow();
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, KernelTurnState.GetTimeZone(turnContext)).DateTime);
    }

    private const string ChildInFocusKey = "LeftBehind.ChildInFocus";

    /// <summary>The child a menu was shown for, for the flow begun from it in this turn (<see cref="ChooseChildDialog"/> asks no more).</summary>
    public static void FocusChild(ITurnContext turnContext, ChildChoice child) => turnContext.TurnState.Set(ChildInFocusKey, child);

    /// <summary>The child put in focus this turn (<see cref="FocusChild"/>); null when none.</summary>
    public static int? ChildInFocus(ITurnContext turnContext) => turnContext.TurnState.Get<ChildChoice>(ChildInFocusKey)?.Id;

    private const string SwitchedChildKey = "LeftBehind.SwitchedChild";

    /// <summary>
    /// The person turned to another child in the middle of a flow ("那小明呢", <see cref="ChildFlowDialog{TState}"/>): the
    /// flow goes on for that child this turn, and its next question names the child.
    /// </summary>
    public static void SwitchChild(ITurnContext turnContext, ChildChoice child) => turnContext.TurnState.Set(SwitchedChildKey, child);

    /// <summary>The child the person turned to this turn (<see cref="SwitchChild"/>); null when none.</summary>
    public static ChildChoice? SwitchedChild(ITurnContext turnContext) => turnContext.TurnState.Get<ChildChoice>(SwitchedChildKey);

    private const string RequestAtWhichChildKey = "LeftBehind.RequestAtWhichChild";

    /// <summary>
    /// The message was typed at a flow's question of which child and is taken as a new request (<see cref="ChooseChildDialog"/>):
    /// the conversation starts again with it this turn.
    /// </summary>
    public static void RequestAtWhichChild(ITurnContext turnContext) => turnContext.TurnState[RequestAtWhichChildKey] = true;

    /// <summary>True when this turn's message was typed at a question of which child and is being done as a new request.</summary>
    public static bool IsRequestAtWhichChild(ITurnContext turnContext) => turnContext.TurnState.ContainsKey(RequestAtWhichChildKey);

    /// <summary>
    /// Two requests in one message typed at a question of which child: the first may ask the same question again, so
    /// the person is told first that both are kept (it read as if the message had not been heard).
    /// </summary>
    public static async Task SayBothKeptAtWhichChildAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (IsRequestAtWhichChild(turnContext))
            await turnContext.SendActivityAsync(FamilyText.Get(turnContext, "TwoRequestsKept"), cancellationToken).ConfigureAwait(false);
    }

    private const string RequestKey = "LeftBehind.RequestPart";

    /// <summary>A flow is begun this turn for one of two requests in the message: it reads <paramref name="text"/>, not the whole message.</summary>
    public static void BeginRequest(ITurnContext turnContext, string text, bool second) => turnContext.TurnState.Set(RequestKey, new RequestPart(text, second));

    /// <summary>The words of the request being done: its part of the message (<see cref="BeginRequest"/>), or the message.</summary>
    public static string? RequestText(ITurnContext turnContext) => turnContext.TurnState.Get<RequestPart>(RequestKey)?.Text ?? turnContext.Activity.Text;

    /// <summary>The request being done is the second of the message's two (<see cref="BeginRequest"/>).</summary>
    public static bool IsSecondRequest(ITurnContext turnContext) => turnContext.TurnState.Get<RequestPart>(RequestKey)?.Second == true;

    /// <summary>A dedup key part unique to this incoming message, stable across a retried turn.</summary>
    public static string MessageKey(ITurnContext turnContext) =>
        $"{turnContext.Activity.Conversation?.Id}:{turnContext.Activity.Id ?? turnContext.Activity.Timestamp?.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
