using LeftBehind.Dialogs.Kernel;

namespace LeftBehind.Dialogs.Prompts;

/// <summary>What a validator sees: the turn, the recognised value, the options and how many answers were given.</summary>
public sealed record PromptValidatorContext<T>(ITurnContext Context, PromptRecognizerResult<T> Recognized, PromptOptions Options, int AttemptCount);
