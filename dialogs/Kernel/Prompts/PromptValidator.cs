namespace LeftBehind.Dialogs.Prompts;

/// <summary>Called only for recognised input; returns true to accept the answer. It may send its own explanation; the prompt then does not re-ask.</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
