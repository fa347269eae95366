namespace LeftBehind.Dialogs.Prompts;

internal sealed record PromptState(int AttemptCount);
