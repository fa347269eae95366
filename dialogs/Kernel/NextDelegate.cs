namespace LeftBehind.Dialogs.Kernel;

public delegate Task NextDelegate(CancellationToken cancellationToken);
