using LeftBehind.Dialogs.Dialogs;

namespace LeftBehind.Tests.Emergency;

/// <summary>Stands behind the acknowledgement middleware in a test: says when a message got past it.</summary>
internal sealed class MessageProbeDialog() : Dialog(nameof(MessageProbeDialog))
{
    public const string Reached = "[dialog reached]";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        await dc.Context.SendActivityAsync(Reached, cancellationToken);
        return await dc.EndDialogAsync(null, cancellationToken);
    }
}
