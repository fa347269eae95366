namespace LeftBehind.Dialogs.Dialogs;

/// <summary>A waterfall that keeps no values between steps.</summary>
public sealed class WaterfallDialog(string id, IEnumerable<WaterfallStep<NoStepState>>? steps = null)
    : WaterfallDialog<NoStepState>(id, steps);
