using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Resources;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Prompts;

/// <summary>Adds options to a question: suggested-action buttons, or a numbered list for channels without them.</summary>
internal static class ChoiceRendering
{
    public static Activity Render(ITurnContext turnContext, Activity? prompt, IReadOnlyList<Choice> choices, ListStyle style)
    {
        var activity = (prompt ?? MessageFactory.Text(string.Empty)) with { };
        if (choices.Count == 0 || style == ListStyle.None) return activity;
        if (style == ListStyle.SuggestedAction || (style == ListStyle.Auto && ChannelCapabilities.SupportsSuggestedActions(turnContext.Activity.ChannelId)))
        {
            activity.SuggestedActions = new SuggestedActions { Actions = choices.Select(c => CardAction.ImBack(c.Value)).ToList() };
            return activity;
        }
        // A question that already numbers its options in its text (the letter preview's "1. 寄出  2. 重写  3. 不寄了")
        // does not get the same list a second time.
        if (activity.Text?.Contains(KernelText.Get(turnContext, "ChoiceListItem", 1, choices[0].Value), StringComparison.Ordinal) == true) return activity;
        var lines = new List<string>(choices.Count + 2);
        if (!string.IsNullOrEmpty(activity.Text)) lines.Add(activity.Text);
        lines.Add(KernelText.Get(turnContext, "ChoiceListHint"));
        for (var i = 0; i < choices.Count; i++) lines.Add(KernelText.Get(turnContext, "ChoiceListItem", i + 1, choices[i].Value));
        activity.Text = string.Join('\n', lines);
        return activity;
    }
}
