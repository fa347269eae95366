namespace LeftBehind.Dialogs.Conversations;

/// <summary>
/// Told when a person has just bound a chat (the scheduler's mailbox then delivers what was held for them). Any
/// number may be registered; each is called once per binding.
/// </summary>
public interface IBindingListener
{
    Task OnBoundAsync(int personId, CancellationToken cancellationToken);
}
