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

    /// <summary>A dedup key part unique to this incoming message, stable across a retried turn.</summary>
    public static string MessageKey(ITurnContext turnContext) =>
        $"{turnContext.Activity.Conversation?.Id}:{turnContext.Activity.Id ?? turnContext.Activity.Timestamp?.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
