using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.State;

namespace LeftBehind.Dialogs.Dialogs;

/// <summary>The dialogs one stack can run, by id.</summary>
public sealed class DialogSet(IStatePropertyAccessor<DialogState>? dialogState = null)
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public IEnumerable<Dialog> Dialogs => _dialogs.Values;

    public DialogSet Add(Dialog dialog)
    {
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            if (ReferenceEquals(_dialogs[dialog.Id], dialog)) return this;
            throw new InvalidOperationException($"A different dialog with id '{dialog.Id}' is already in the set.");
        }
        return this;
    }

    public Dialog? Find(string dialogId) => _dialogs.GetValueOrDefault(dialogId);

    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        if (dialogState is null) throw new InvalidOperationException("This DialogSet was created without a DialogState accessor.");
        var state = await dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken).ConfigureAwait(false);
        return new DialogContext(this, turnContext, state);
    }
}
