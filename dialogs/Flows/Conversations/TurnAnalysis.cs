using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Understanding;

namespace LeftBehind.Dialogs.Conversations;

/// <summary>The analyzer's reading of this turn's message, computed once by the bot before any dialog runs.</summary>
internal static class TurnAnalysis
{
    private const string Key = "LeftBehind.TurnAnalysis";

    public static TextAnalysis? Get(ITurnContext turnContext) => turnContext.TurnState.Get<TextAnalysis>(Key);

    public static void Set(ITurnContext turnContext, TextAnalysis analysis) => turnContext.TurnState.Set(Key, analysis);
}
