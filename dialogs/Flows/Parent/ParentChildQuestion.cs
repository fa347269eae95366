using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Kernel;

namespace LeftBehind.Dialogs.Parent;

/// <summary>How a parent is asked which child: buttons, a name in the message or the answer picks, in the parent's words.</summary>
internal static class ParentChildQuestion
{
    public static ChooseChildOptions For(ITurnContext turnContext, ParentFlowOptions? options, bool allowsAll = false)
    {
        var t = ParentText.Strings;
        return new ChooseChildOptions(t.Get(turnContext, "WhichChild"), options?.ChildId)
        {
            AllowsAll = allowsAll,
            Otherwise = options?.OtherwiseChildId,
            Text = options?.Text,
            Retry = t.Get(turnContext, "WhichChildRetry"),
            NoChildren = t.Get(turnContext, "NoChildren"),
            NotVisible = t.Get(turnContext, "OnlyOwnChildren"),
        };
    }
}
