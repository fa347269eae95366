namespace LeftBehind.Dialogs.Kernel;

/// <summary>The one thing the host calls for every turn; the kernel plugs in behind it.</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
