using LeftBehind.Dialogs.Kernel;

namespace LeftBehind.Dialogs.Resources;

/// <summary>The kernel's strings (prompts' retries, help, cancel) in the turn's language, through the one text helper.</summary>
internal static class KernelText
{
    private static readonly ResxText Resx = new(typeof(KernelStrings));

    public static string Get(ITurnContext turnContext, string name, params object[] args) => Resx.Get(turnContext, name, args);
}
