using LeftBehind.Dialogs.Dialogs;

namespace LeftBehind.Dialogs.Conversations;

/// <summary>Stands in for a role flow that is not registered, so the gap fails loudly where it is used and nowhere else.</summary>
internal sealed class MissingFlowDialog(string id) : Dialog(id)
{
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException($"The dialog '{Id}' is not registered: AddGuardianFlows/AddTeacherFlows/AddEmergencyFlows must register it.");
}
