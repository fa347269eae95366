namespace LeftBehind.Dialogs.Rights;

/// <summary>The four things 「我的信息」 does, in the order of its numbered menu.</summary>
internal enum RightsAction
{
    None,
    Show,
    Export,
    Unbind,
    Withdraw,
}
