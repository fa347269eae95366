using LeftBehind.Dialogs.Dialogs;

namespace LeftBehind.Dialogs.Family;

/// <summary>
/// A flow about one child: one waterfall that opens with the shared child choice (<see cref="ChooseChildStep"/>) and
/// goes on with the flow's <see cref="Steps"/>, plus the prompts those steps use. The flow declares what differs; the
/// opening and the wiring are written once here.
/// </summary>
internal abstract class ChildFlowDialog<TState> : ComponentDialog
    where TState : class
{
    protected ChildFlowDialog(string id, ChooseChildDialog chooseChild, params Dialog[] prompts) : base(id)
    {
        // Only method groups are taken here (none runs until a turn), so the derived flow's dependencies are in place by then.
        AddDialog(new WaterfallDialog<TState>("steps", ChooseChildStep.Then<TState>(WhichChild, WithChild, [.. Steps])));
        AddDialog(chooseChild);
        foreach (var prompt in prompts) AddDialog(prompt);
        InitialDialogId = "steps";
    }

    /// <summary>The flow's steps after the child was chosen, in running order.</summary>
    protected abstract IEnumerable<WaterfallStep<TState>> Steps { get; }

    /// <summary>What to ask when choosing the child.</summary>
    protected abstract ChooseChildOptions WhichChild(WaterfallStepContext<TState> step);

    /// <summary>The step state with the chosen child in it.</summary>
    protected abstract TState WithChild(TState state, ChildChoice child);
}
