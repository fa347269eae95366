using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Kernel;

namespace LeftBehind.Dialogs.Parent;

/// <summary>How a parent is asked which child: buttons, a name in the message or the answer picks, in the parent's words.</summary>
internal static class ParentChildQuestion
{
    /// <param name="question">The flow's own question (resource name): 问哪个孩子？ reads as asking the teacher, so the letter asks 写给哪个孩子？.</param>
    public static ChooseChildOptions For(ITurnContext turnContext, ParentFlowOptions? options, bool allowsAll = false, string question = "WhichChild")
    {
        var t = ParentText.Strings;
        return new ChooseChildOptions(t.Get(turnContext, question), options?.ChildId)
        {
            AllowsAll = allowsAll,
            Otherwise = options?.OtherwiseChildId,
            OtherwiseText = options?.OtherwiseText,
            Text = options?.Text,
            Retry = t.Get(turnContext, "WhichChildRetry"),
            NoChildren = t.Get(turnContext, "NoChildren"),
            NotVisible = t.Get(turnContext, "OnlyOwnChildren"),
        };
    }
}
