using LeftBehind.Dialogs.Notifications;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Parent;

/// <summary>
/// Call home: the parent picks a time ("这周日晚上8点"), the guardian is told and asked to confirm; afterwards "打过了"
/// marks the call done, which counts as this week's contact (Minors Protection Law Art. 23). A time in the message that
/// started the flow ("这周日晚上8点给家里打个电话") is used as said; a day without its hour ("就明天下午吧", "29号吧") is
/// kept and only the hour is asked.
/// </summary>
internal sealed class BookCallHomeDialog : ComponentDialog
{
    public const string Name = nameof(BookCallHomeDialog);
    private const string WhenPrompt = "when";
    private const string HourPrompt = "hour";
    private static readonly string[] DoneWords = ["打过了", "打過了", "已经打了", "已經打了", "通过电话了", "通過電話了", "打完了", "called", "we talked"];
    private readonly ICallHomeService _calls;
    private readonly IChildrenService _children;
    private readonly IProactiveMessenger _messenger;
    private readonly ParentAccessors _accessors;
    private readonly ChatReach _reach;

    public BookCallHomeDialog(ICallHomeService calls, IChildrenService children, ChooseChildDialog chooseChild, IProactiveMessenger messenger, ParentAccessors accessors, ChatReach reach) : base(Name)
    {
        _reach = reach;
        _calls = calls;
        _children = children;
        _messenger = messenger;
        _accessors = accessors;
        AddDialog(new WaterfallDialog<BookCallHomeState>("steps", ChooseChildStep.Then<BookCallHomeState>(WhichChild, (s, child) => s with { Child = child }, AskTimeStepAsync, AskHourStepAsync, BookCallStepAsync)));
        AddDialog(chooseChild);
        AddDialog(new DateTimePrompt(WhenPrompt, IsFutureTimeOrDayAsync));
        AddDialog(new DateTimePrompt(HourPrompt, IsFutureTimeAsync));
    }

    public static bool SaysCallHappened(string? text) =>
        text is { Length: > 0 and <= TextNormalizer.MaxRecognizedLength } && DoneWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));

    private static ChooseChildOptions WhichChild(WaterfallStepContext<BookCallHomeState> step)
    {
        var options = step.GetOptions<ParentFlowOptions>();
        step.Values = step.Values with { Text = options?.Text };
        return ParentChildQuestion.For(step.Context, options);
    }

    private async Task<DialogTurnResult> AskTimeStepAsync(WaterfallStepContext<BookCallHomeState> step, CancellationToken ct)
    {
        var child = step.Values.Child!;
        if (SaysCallHappened(step.Values.Text))
        {
            await MarkDoneAsync(step.Context, child, ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        var t = ParentText.Strings;
        var upcoming = await _calls.UpcomingAsync(CurrentUser.From(step.Context)!.Actor, child.Id, ct).ConfigureAwait(false);
        if (upcoming is { Count: > 0 })
        {
            var zone = KernelTurnState.GetTimeZone(step.Context);
            await step.Context.SendActivityAsync(t.Get(step.Context, "CallAlreadyBooked", TimeZoneInfo.ConvertTime(upcoming[0].ScheduledAt, zone).DateTime,
                t.Get(step.Context, "CallStatus" + upcoming[0].Status)), ct).ConfigureAwait(false);
        }
        // "这周日晚上8点给家里打个电话": the time in the request is the answer; "明天给小明打个电话" keeps the day.
        if (WhenSaid(step.Context, step.Values.Text) is { } said)
        {
            if (said is { HasTime: true } && said.Value <= KernelTurnState.GetTimeProvider(step.Context).GetUtcNow())
                await SayPassedAsync(step.Context, said, ct).ConfigureAwait(false);
            else
                return said.HasTime ? await step.NextAsync(said, ct).ConfigureAwait(false) : await AskHourAsync(step, said, ct).ConfigureAwait(false);
        }
        return await step.PromptAsync(WhenPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(t.Get(step.Context, "CallWhen", child.Name)),
            RetryPrompt = MessageFactory.Text(t.Get(step.Context, "CallWhenRetry")),
        }, ct).ConfigureAwait(false);
    }

    /// <summary>A day without its hour ("就明天下午吧", "29号吧") is kept: only the hour is asked.</summary>
    private static Task<DialogTurnResult> AskHourStepAsync(WaterfallStepContext<BookCallHomeState> step, CancellationToken ct) =>
        step.Result is DateTimeResolution { HasTime: false } day ? AskHourAsync(step, day, ct) : step.NextAsync(step.Result, ct);

    private static Task<DialogTurnResult> AskHourAsync(WaterfallStepContext<BookCallHomeState> step, DateTimeResolution day, CancellationToken ct)
    {
        var t = ParentText.Strings;
        var said = day.Said ?? string.Empty;
        return step.PromptAsync(HourPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(t.Get(step.Context, "CallWhatHour", said)),
            RetryPrompt = MessageFactory.Text(t.Get(step.Context, "CallWhenRetry")),
            DateTimeContext = said,
        }, ct);
    }

    /// <summary>A time, or a day still to come, named in the message that started the flow.</summary>
    private static DateTimeResolution? WhenSaid(ITurnContext context, string? text)
    {
        var now = KernelTurnState.GetTimeProvider(context).GetUtcNow();
        var found = DateTimeRecognizer.Recognize(text, now, KernelTurnState.GetTimeZone(context), DatePreference.Future);
        return found is not null && (found.HasTime || IsFutureTimeOrDay(found, now)) ? found : null;
    }

    /// <summary>"这周日晚上8点" said on Sunday at 20:25: not "请说一个以后的具体时间", but that this time has passed.</summary>
    private static Task SayPassedAsync(ITurnContext context, DateTimeResolution when, CancellationToken ct) =>
        context.SendActivityAsync(ParentText.Strings.Get(context, "CallTimePassed", TimeZoneInfo.ConvertTime(when.Value, KernelTurnState.GetTimeZone(context)).DateTime), ct);

    private async Task<DialogTurnResult> BookCallStepAsync(WaterfallStepContext<BookCallHomeState> step, CancellationToken ct)
    {
        if (step.Result is not DateTimeResolution when || step.Values.Child is not { } child) return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        var context = step.Context;
        var t = ParentText.Strings;
        var user = CurrentUser.From(context)!;
        var booking = await _calls.BookAsync(user.Actor, child.Id, when.Value, ct).ConfigureAwait(false);
        var memory = await _accessors.Memory.GetAsync(context, () => new ParentMemory(), ct).ConfigureAwait(false);
        memory.LastBookingId = booking.Id;
        memory.LastBookingChildId = child.Id;
        var family = await _children.GetFamilyAsync(user.Actor, child.Id, ct).ConfigureAwait(false);
        var local = TimeZoneInfo.ConvertTime(booking.ScheduledAt, KernelTurnState.GetTimeZone(context)).DateTime;
        if (family?.Guardian is { } guardian)
        {
            await _messenger.SendAsync(guardian.Id, FamilyNotifications.CallProposed(guardian.Id, booking, user.Person.Name, child.Name), ct).ConfigureAwait(false);
            // "已经告诉王德福" only when he has a chat (and has agreed); otherwise the proposal waits for him.
            var (now, _, left) = await _reach.SplitWithLeftAsync([guardian], g => g.Id, ct).ConfigureAwait(false);
            var key = now.Count > 0 ? "CallBooked" : left.Count > 0 ? "CallBookedGuardianUnfollowed" : "CallBookedGuardianLater";
            await context.SendActivityAsync(t.Get(context, key, local, guardian.Name), ct).ConfigureAwait(false);
        }
        else
        {
            await context.SendActivityAsync(t.Get(context, "CallBookedNoGuardian", local, child.Name), ct).ConfigureAwait(false);
        }
        return await step.EndDialogAsync(booking, ct).ConfigureAwait(false);
    }

    /// <summary>Closes the call booked last for this child; without one the call is still logged as a contact.</summary>
    private async Task MarkDoneAsync(ITurnContext context, ChildChoice child, CancellationToken ct)
    {
        var actor = CurrentUser.From(context)!.Actor;
        var memory = await _accessors.Memory.GetAsync(context, () => new ParentMemory(), ct).ConfigureAwait(false);
        var closed = false;
        if (memory.LastBookingId is { } id && memory.LastBookingChildId == child.Id)
        {
            try
            {
                await _calls.MarkDoneAsync(actor, id, ct).ConfigureAwait(false);
                closed = true;
            }
            catch (ArchiveException e) when (e.Error is ArchiveError.Invalid or ArchiveError.NotFound)
            {
                // Already done, declined or cancelled: the call the parent means was another one.
            }
            memory.LastBookingId = null;
        }
        if (!closed) await _calls.LogContactAsync(actor, child.Id, ContactKind.Call, ct).ConfigureAwait(false);
        await context.SendActivityAsync(ParentText.Strings.Get(context, "CallDone", child.Name), ct).ConfigureAwait(false);
    }

    private static async Task<bool> IsFutureTimeAsync(PromptValidatorContext<DateTimeResolution> prompt, CancellationToken ct)
    {
        if (!prompt.Recognized.Succeeded || prompt.Recognized.Value is not { HasTime: true } when) return false;
        if (when.Value > KernelTurnState.GetTimeProvider(prompt.Context).GetUtcNow()) return true;
        // Said, so the prompt's own hint is not sent after it.
        await SayPassedAsync(prompt.Context, when, ct).ConfigureAwait(false);
        return false;
    }

    private static Task<bool> IsFutureTimeOrDayAsync(PromptValidatorContext<DateTimeResolution> prompt, CancellationToken ct) =>
        prompt.Recognized.Value is { HasTime: true } ? IsFutureTimeAsync(prompt, ct)
            : Task.FromResult(prompt.Recognized.Succeeded && IsFutureTimeOrDay(prompt.Recognized.Value!, KernelTurnState.GetTimeProvider(prompt.Context).GetUtcNow()));

    /// <summary>A time still to come, or a day or part of a day ("明天下午", "29号") that has not ended yet.</summary>
    private static bool IsFutureTimeOrDay(DateTimeResolution when, DateTimeOffset now) =>
        when.HasTime ? when.Value > now
            : when.Kind is DateTimeResolutionKind.Date or DateTimeResolutionKind.DateTimeRange && (when.End ?? when.Value) > now && when.Said is { Length: > 0 };
}
