using System.Text.Json;

namespace LeftBehind.Dialogs.Dialogs;

/// <summary>
/// One entry of the dialog stack. Its shape is fixed (no object bags), so it round-trips through System.Text.Json:
/// a dialog's typed state is kept as JSON in <see cref="State"/>, a component's inner stack in <see cref="Dialogs"/>.
/// </summary>
public sealed class DialogInstance
{
    public required string Id { get; set; }

    /// <summary>The options the dialog was begun with.</summary>
    public JsonElement? Options { get; set; }

    /// <summary>The dialog's own typed state (waterfall values, prompt attempts).</summary>
    public JsonElement? State { get; set; }

    /// <summary>The waterfall's current step.</summary>
    public int StepIndex { get; set; }

    /// <summary>A component dialog's inner stack.</summary>
    public DialogState? Dialogs { get; set; }
}
