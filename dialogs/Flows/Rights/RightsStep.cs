namespace LeftBehind.Dialogs.Rights;

/// <summary>Where a person is in 「我的信息」: nowhere, at its numbered menu, or asked to confirm an unbind or a withdrawal.</summary>
internal enum RightsStep
{
    None,
    Menu,
    ConfirmUnbind,
    ConfirmWithdraw,
}
