using System.Text.Json;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Family;

/// <summary>
/// A flow about one child: one waterfall that opens with the shared child choice (<see cref="ChooseChildStep"/>) and
/// goes on with the flow's <see cref="Steps"/>, plus the prompts those steps use. The flow declares what differs; the
/// opening and the wiring are written once here. At any of the flow's own questions, a message that only turns to
/// another of the person's children ("那小明呢", <see cref="OtherChild"/>) goes on for that child from the step after
/// the choice, with what was said so far kept; one that turns to the same child asks the question again.
/// </summary>
internal abstract class ChildFlowDialog<TState> : ComponentDialog
    where TState : class
{
    private const string StepsId = "steps";
    private readonly ChooseChildDialog _chooseChild;
    private readonly HashSet<string> _questions;

    protected ChildFlowDialog(string id, ChooseChildDialog chooseChild, params Dialog[] prompts) : base(id)
    {
        _chooseChild = chooseChild;
        // Only method groups are taken here (none runs until a turn), so the derived flow's dependencies are in place by then.
        AddDialog(new WaterfallDialog<TState>(StepsId, ChooseChildStep.Then<TState>(WhichChild, WithChild, [.. Steps])));
        AddDialog(chooseChild);
        foreach (var prompt in prompts) AddDialog(prompt);
        // The flow's own questions; a dialog of its own (a confirmation) reads the message its own way.
        _questions = [.. prompts.Where(p => p is not ComponentDialog).Select(p => p.Id)];
        InitialDialogId = StepsId;
    }

    /// <summary>The flow's steps after the child was chosen, in running order.</summary>
    protected abstract IEnumerable<WaterfallStep<TState>> Steps { get; }

    /// <summary>What to ask when choosing the child.</summary>
    protected abstract ChooseChildOptions WhichChild(WaterfallStepContext<TState> step);

    /// <summary>The step state with the chosen child in it.</summary>
    protected abstract TState WithChild(TState state, ChildChoice child);

    /// <summary>The child the step state is about; null before the choice.</summary>
    protected abstract int? ChildOf(TState state);

    /// <summary>
    /// The child a message at one of the flow's questions turns to (<see cref="OtherChild.TurnsTo"/>: "那小明呢"); a flow
    /// whose question reads more from the message (a day) may also take a whole question naming another child.
    /// </summary>
    protected virtual ChildChoice? TurnsTo(IReadOnlyList<ChildChoice> children, string text, int current) => OtherChild.TurnsTo(children, text);

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        if (innerDc.Context.Activity is { Type: ActivityTypes.Message, Text: { } text } && innerDc.Stack is [{ } question, { Id: StepsId } steps, ..]
            && _questions.Contains(question.Id) && steps.State?.Deserialize<TState>(BotJson.Options) is { } state && ChildOf(state) is { } current
            && TurnsTo(await _chooseChild.ChildrenAsync(innerDc.Context, cancellationToken).ConfigureAwait(false), text, current) is { } child)
        {
            if (child.Id == current)
            {
                await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
                return EndOfTurn;
            }
            FamilyTurn.SwitchChild(innerDc.Context, child);
            await _chooseChild.RememberAsync(innerDc.Context, child, cancellationToken).ConfigureAwait(false);
            // The question ends as if the child's choice had just been made: the flow goes on from the step after it.
            steps.StepIndex = 0;
            return await innerDc.EndDialogAsync(child, cancellationToken).ConfigureAwait(false);
        }
        return await base.OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
    }
}
