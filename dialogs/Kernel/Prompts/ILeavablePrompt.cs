using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Prompts;

/// <summary>A question the user can leave: what it says then became of what waited (its <see cref="PromptOptions.NewRequestNotice"/>).</summary>
public interface ILeavablePrompt
{
    Activity? LeftNotice(DialogInstance instance);
}
