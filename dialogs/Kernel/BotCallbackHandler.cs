namespace LeftBehind.Dialogs.Kernel;

public delegate Task BotCallbackHandler(ITurnContext turnContext, CancellationToken cancellationToken);
