using LeftBehind.Dialogs.Notifications;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Resources;

namespace LeftBehind.Dialogs.Guardian;

/// <summary>A parent proposed a call home: the guardian says yes or no with one digit, and the parent is told.</summary>
internal sealed class ConfirmCallHomeDialog : ComponentDialog
{
    public const string Name = nameof(ConfirmCallHomeDialog);
    private readonly IChildrenService _children;
    private readonly ICallHomeService _calls;
    private readonly IProactiveMessenger _messenger;

    public ConfirmCallHomeDialog(IChildrenService children, ICallHomeService calls, IProactiveMessenger messenger) : base(Name)
    {
        _children = children;
        _calls = calls;
        _messenger = messenger;
        AddDialog(new WaterfallDialog<ConfirmCallHomeState>("steps", [FindCallStepAsync, RespondStepAsync]));
        AddDialog(new ChoicePrompt("answer"));
        InitialDialogId = "steps";
    }

    private async Task<DialogTurnResult> FindCallStepAsync(WaterfallStepContext<ConfirmCallHomeState> step, CancellationToken ct)
    {
        var actor = FamilyTurn.User(step.Context).Actor;
        var wanted = step.GetOptions<ConfirmCallHomeOptions>()?.BookingId;
        (CallBookingInfo Call, ChildSummary Child)? next = null;
        foreach (var child in await _children.GetChildrenAsync(actor, ct).ConfigureAwait(false))
        {
            foreach (var call in await _calls.UpcomingAsync(actor, child.Id, ct).ConfigureAwait(false) ?? [])
            {
                if (call.Status != CallBookingStatus.Proposed || (wanted is { } id && call.Id != id)) continue;
                if (next is null || call.ScheduledAt < next.Value.Call.ScheduledAt) next = (call, child);
            }
        }
        if (next is not { } found)
        {
            await step.Context.SendActivityAsync(GuardianText.Get(step.Context, "CallNoneToConfirm"), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        var family = await _children.GetFamilyAsync(actor, found.Child.Id, ct).ConfigureAwait(false);
        var parentName = family?.Parents.FirstOrDefault(p => p.Id == found.Call.ParentId)?.Name ?? string.Empty;
        step.Values = new ConfirmCallHomeState { BookingId = found.Call.Id, ParentId = found.Call.ParentId, ChildName = found.Child.Name, ScheduledAt = found.Call.ScheduledAt };
        var when = When(step.Context, found.Call.ScheduledAt);
        var titles = GuardianText.Titles(step.Context, "CallYes", "CallNo");
        return await step.PromptAsync("answer", NumberedMenu.Options(step.Context, GuardianText.Get(step.Context, "CallProposed", parentName, when, found.Child.Name), titles), ct).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> RespondStepAsync(WaterfallStepContext<ConfirmCallHomeState> step, CancellationToken ct)
    {
        if (step.Result is not FoundChoice answer || step.Values.BookingId is not { } bookingId) return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        var user = FamilyTurn.User(step.Context);
        var accept = answer.Index == 0;
        try
        {
            await _calls.RespondAsync(user.Actor, bookingId, accept, ct).ConfigureAwait(false);
        }
        catch (ArchiveException)
        {
            await step.Context.SendActivityAsync(GuardianText.Get(step.Context, "CallChanged"), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        var values = step.Values;
        var zone = KernelTurnState.GetTimeZone(step.Context);
        await _messenger.SendAsync(values.ParentId, FamilyNotifications.CallAnswered(bookingId, accept, user.Person.Name, values.ChildName, c => When(c, values.ScheduledAt, zone)), ct).ConfigureAwait(false);
        await step.Context.SendActivityAsync(GuardianText.Get(step.Context, accept ? "CallAccepted" : "CallDeclined"), ct).ConfigureAwait(false);
        return await step.EndDialogAsync(accept, ct).ConfigureAwait(false);
    }

    private static string When(ITurnContext turnContext, DateTimeOffset at) =>
        When(ResxText.CultureOf(turnContext.Locale), at, KernelTurnState.GetTimeZone(turnContext));

    /// <summary>The parent and the guardian share the family's zone, so the guardian's is used for both.</summary>
    private static string When(System.Globalization.CultureInfo culture, DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString(GuardianText.Get(culture, "CallTimeFormat"), culture);
}
