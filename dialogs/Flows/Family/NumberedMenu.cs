using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Family;

/// <summary>
/// A question with numbered options for people who read little: the numbers are in the text (SMS and read-aloud
/// work) and the same options are buttons; "1", "回复1", "１" or a tap all pick. A wrong number gets a short hint.
/// </summary>
internal static class NumberedMenu
{
    public static PromptOptions Options(ITurnContext turnContext, string question, IReadOnlyList<string> titles, int maxAttempts = 3) => new()
    {
        Prompt = Render(question, titles),
        RetryPrompt = Render(FamilyText.Get(turnContext, "RetryNumbered", titles.Count) + "\n" + question, titles),
        Choices = titles.Select(t => new Choice(t)).ToList(),
        Style = ListStyle.None,
        MaxAttempts = maxAttempts,
    };

    /// <summary>A message (sent outside a prompt) with the same numbered list and buttons.</summary>
    public static Activity Render(string question, IReadOnlyList<string> titles)
    {
        var lines = new List<string>(titles.Count + 1) { question };
        for (var i = 0; i < titles.Count; i++) lines.Add($"{i + 1}. {titles[i]}");
        var activity = MessageFactory.Text(string.Join('\n', lines));
        activity.SuggestedActions = new SuggestedActions { Actions = titles.Select(t => CardAction.ImBack(t)).ToList() };
        return activity;
    }
}
