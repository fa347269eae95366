using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Emergency;
using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Resources;
using LeftBehind.Dialogs.Understanding;
using LeftBehind.Dialogs.Notifications;
using Microsoft.Extensions.Logging;

namespace LeftBehind.Dialogs.Care;

/// <summary>
/// 每周谈心 in a minute: the child, then 学习, 生活, 情绪, 交友, 身体 each 好 / 一般 / 需要关心 (or all five at once,
/// "11213"), one sentence, a preview of the warm line for the parents with "send" or "hold it back". Saving keeps the
/// week (the trend), sends the line, and opens a wellbeing concern for the head teacher and the counsellor when 情绪 or
/// 交友 needs care two weeks running or the sentence is worrying.
/// </summary>
internal sealed class RecordWeeklyTalkDialog : ComponentDialog
{
    public const string Name = nameof(RecordWeeklyTalkDialog);
    private const int MaxNote = 200;
    private static readonly TalkAspect[] Aspects = Enum.GetValues<TalkAspect>();
    private readonly ICareService _care;
    private readonly IProactiveMessenger _messenger;
    private readonly ChatReach _reach;
    private readonly ILogger<RecordWeeklyTalkDialog> _log;

    public RecordWeeklyTalkDialog(ChooseChildDialog chooseChild, ICareService care, IProactiveMessenger messenger, ChatReach reach, ILogger<RecordWeeklyTalkDialog> log) : base(Name)
    {
        _care = care;
        _messenger = messenger;
        _reach = reach;
        _log = log;
        AddDialog(new WaterfallDialog<RecordWeeklyTalkState>("steps", ChooseChildStep.Then<RecordWeeklyTalkState>(
            s =>
            {
                s.Values = s.Values with { Opening = s.Context.Activity.Text };
                // "谈心 小明 这周情绪不错" at the menu names the child in the message that opened the flow.
                return new ChooseChildOptions(CareText.Get(s.Context, "TalkWhichChild")) { NoChildren = CareText.Get(s.Context, "TalkNoPaired"), Text = s.Context.Activity.Text };
            },
            (s, child) => s with { Child = child },
            // Five marks, and room for the week's sentence written where a mark was asked (the same mark asked again).
            AskMarkStepAsync, AskMarkStepAsync, AskMarkStepAsync, AskMarkStepAsync, AskMarkStepAsync, AskMarkStepAsync, AskMarkStepAsync, AskMarkStepAsync,
            AskNoteStepAsync, PreviewStepAsync, SaveStepAsync)));
        AddDialog(chooseChild);
        AddDialog(new TextPrompt("mark", MarksAsync));
        AddDialog(new TextPrompt("note"));
        AddDialog(new ChoicePrompt("send"));
        InitialDialogId = "steps";
    }

    /// <summary>Keeps the previous answer, then asks the next aspect still without a mark.</summary>
    private static Task<DialogTurnResult> AskMarkStepAsync(WaterfallStepContext<RecordWeeklyTalkState> step, CancellationToken ct)
    {
        var keptNow = false;
        if (step.Result is string answer && TalkMarks.Read(answer) is { } marks)
            step.Values = step.Values with { Marks = marks.Count == Aspects.Length ? marks : [.. step.Values.Marks, marks[0]] };
        else if (step.Result is string sentence && IsSentence(sentence))
        {
            // "这周和她聊了学习，她说想妈妈了" where a mark was asked (found playing the paired teacher: it got 请回复 1 好… and
            // was lost): the week's sentence, kept; the same mark is asked again. The analyzer read this turn's message.
            var note = step.Values.Note is { } before ? before + " " + sentence.Trim() : sentence.Trim();
            step.Values = step.Values with
            {
                Note = note.Length > MaxNote ? note[..MaxNote] : note,
                NoteWorrying = step.Values.NoteWorrying || TurnAnalysis.Get(step.Context)?.Level is UrgencyLevel.Concern or UrgencyLevel.Emergency,
            };
            keptNow = true;
        }
        // The question gave up ("这一步先跳过") or left for a new request: the talk ends there, not asked again.
        else if (step.Values.MarkAsked && step.Values.Marks.Count < Aspects.Length) return step.EndDialogAsync(null, ct);
        var next = step.Values.Marks.Count;
        if (next >= Aspects.Length) return step.NextAsync(null, ct);
        var context = step.Context;
        var question = CareText.Get(context, "TalkAsk", step.Values.Child!.Name, FamilyNotifications.TalkAspectName(ResxText.CultureOf(context.Locale), Aspects[next]));
        if (next == 0) question += CareText.Get(context, "TalkAllHint");
        if (keptNow) question = CareText.Get(context, "TalkNoteKept") + question;
        if (next == 0 && step.Values.Note is null && NoteBesideName(step) is { } written)
        {
            // The analyzer read this turn's message: the sentence itself, so whether it worries is judged now.
            step.Values = step.Values with { Note = written, NoteWorrying = TurnAnalysis.Get(context)?.Level is UrgencyLevel.Concern or UrgencyLevel.Emergency };
            question = CareText.Get(context, "TalkNoteKept") + question;
        }
        var titles = TalkMarks.All.Select(m => CareText.Get(context, "Mark_" + m)).ToList();
        step.Values = step.Values with { MarkAsked = true };
        // The hint is the prompt's retry, not the validator's own message: a new request or giving up says its own.
        return step.PromptAsync("mark", new PromptOptions
        {
            Prompt = NumberedMenu.Render(question, titles),
            RetryPrompt = MessageFactory.Text(CareText.Get(context, "TalkBadMark")),
            MaxLength = MaxNote,
        }, ct);
    }

    /// <summary>
    /// The week's sentence written where the child was asked, with the child's name in it ("王小红最近情绪不太好"), or
    /// after the title and the name in the message that opened the flow ("谈心 小明 这周情绪不错": the words after 谈心).
    /// </summary>
    private static string? NoteBesideName(WaterfallStepContext<RecordWeeklyTalkState> step)
    {
        var typed = step.Context.Activity.Text?.Trim();
        if (string.IsNullOrEmpty(typed) || step.Values.Child is not { } child) return null;
        // The opening message is the title and the request ("记小明的谈心"); only its words after the first one may be the sentence.
        if ((typed == step.Values.Opening?.Trim() ? AfterFirstWord(typed) : typed) is not { } text) return null;
        if (text.Length > MaxNote) return null;
        return ChooseChildDialog.Named([child], text) is not null && ChooseChildDialog.WordsBesideName(text, child) >= MinNoteBesideName ? text : null;
    }

    private static string? AfterFirstWord(string text) => FirstWord.TrySplit(text, out _, out var rest) ? rest : null;

    /// <summary>Fewer characters beside the name ("是王小红") only choose the child.</summary>
    private const int MinNoteBesideName = 4;

    private static Task<DialogTurnResult> AskNoteStepAsync(WaterfallStepContext<RecordWeeklyTalkState> step, CancellationToken ct)
    {
        if (step.Result is string answer && TalkMarks.Read(answer) is { } marks)
            step.Values = step.Values with { Marks = marks.Count == Aspects.Length ? marks : [.. step.Values.Marks, marks[0]] };
        if (step.Values.Marks.Count < Aspects.Length) return step.EndDialogAsync(null, ct);
        if (step.Values.Note is { } kept) return step.NextAsync(kept, ct);
        return step.PromptAsync("note", new PromptOptions { Prompt = MessageFactory.Text(CareText.Get(step.Context, "TalkAskNote", step.Values.Child!.Name)), MaxLength = MaxNote }, ct);
    }

    private static Task<DialogTurnResult> PreviewStepAsync(WaterfallStepContext<RecordWeeklyTalkState> step, CancellationToken ct)
    {
        if (step.Result is not string note) return step.EndDialogAsync(null, ct);
        // The analyzer read this turn's message: the note itself (or, for a sentence kept from the child's question, it
        // was judged then). A concern or worse in it needs the counsellor.
        var worrying = step.Values.Note is not null ? step.Values.NoteWorrying : TurnAnalysis.Get(step.Context)?.Level is UrgencyLevel.Concern or UrgencyLevel.Emergency;
        step.Values = step.Values with { Note = note.Trim(), NoteWorrying = worrying };
        var context = step.Context;
        var line = FamilyNotifications.WeeklyLine(ResxText.CultureOf(context.Locale), step.Values.Child!.Name, FamilyTurn.User(context).Person.Name, step.Values.Marks, step.Values.Note);
        return step.PromptAsync("send", NumberedMenu.Options(context, CareText.Get(context, "TalkPreview", line), [CareText.Get(context, "TalkSend"), CareText.Get(context, "TalkHold")]), ct);
    }

    private async Task<DialogTurnResult> SaveStepAsync(WaterfallStepContext<RecordWeeklyTalkState> step, CancellationToken ct)
    {
        if (step.Result is not FoundChoice send || step.Values is not { Child: { } child, Marks: { Count: 5 } m }) return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        var context = step.Context;
        var user = FamilyTurn.User(context);
        var held = send.Index == 1;
        var input = new WeeklyTalkInput(CareRules.WeekOf(FamilyTurn.Today(context)), m[0], m[1], m[2], m[3], m[4], step.Values.Note, held, step.Values.NoteWorrying);
        WeeklyTalkResult result;
        try
        {
            result = await _care.RecordTalkAsync(user.Actor, child.Id, input, ct).ConfigureAwait(false);
        }
        catch (ArchiveException e) when (e.Error is ArchiveError.NotFound or ArchiveError.Forbidden)
        {
            await context.SendActivityAsync(FamilyText.Get(context, "ChildNotFound"), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        var talk = result.Talk;
        _log.LogInformation("Weekly talk {TalkId} recorded for child {ChildId}, held back {Held}", talk.Id, child.Id, held);
        await context.SendActivityAsync(await SavedReplyAsync(context, result, user.Person.Name, held, ct).ConfigureAwait(false), ct).ConfigureAwait(false);
        if (result.Concern is { } concern) await TellStaffAsync(context, concern, user, ct).ConfigureAwait(false);
        return await step.EndDialogAsync(talk.Id, ct).ConfigureAwait(false);
    }

    private async Task<string> SavedReplyAsync(ITurnContext context, WeeklyTalkResult result, string teacherName, bool held, CancellationToken ct)
    {
        var talk = result.Talk;
        if (held) return CareText.Get(context, "TalkSavedHeld");
        if (result.Parents.Count == 0) return CareText.Get(context, "TalkSavedNoParents");
        foreach (var parent in result.Parents)
            await _messenger.SendAsync(parent.Id, FamilyNotifications.WeeklyTalkLine(parent.Id, talk, teacherName), ct).ConfigureAwait(false);
        // A parent who unfollowed the WeChat account is named as such, never as 还没开通.
        var (_, later, left) = await _reach.SplitWithLeftAsync(result.Parents, p => p.Id, ct).ConfigureAwait(false);
        var culture = ResxText.CultureOf(context.Locale);
        var reply = later.Count > 0 ? CareText.Get(context, "TalkSavedLater", CareText.List(culture, later.Select(p => p.Name)))
            : left.Count > 0 ? CareText.Get(context, "TalkSavedUnfollowed", CareText.List(culture, left.Select(p => p.Name)))
            : CareText.Get(context, "TalkSaved");
        return later.Count > 0 && left.Count > 0 ? reply + CareText.Get(context, "UnfollowedLater", CareText.List(culture, left.Select(p => p.Name))) : reply;
    }

    private async Task TellStaffAsync(ITurnContext context, CareConcernInfo concern, CurrentUser user, CancellationToken ct)
    {
        var zone = KernelTurnState.GetTimeZone(context);
        var culture = ResxText.CultureOf(context.Locale);
        var staff = concern.Staff.Where(s => s.Id != user.Person.PersonId).ToList();
        foreach (var s in staff)
        {
            await _messenger.SendAsync(s.Id, FamilyNotifications.WellbeingToStaff(s.Id, concern, user.Person.Name, zone), ct).ConfigureAwait(false);
        }
        _log.LogWarning("Wellbeing concern {ConcernId} ({Reason}) opened for child {ChildId}; {Staff} staff told", concern.Id, concern.Reason, concern.ChildId, staff.Count);
        var reason = FamilyNotifications.CareReason(culture, concern.Reason);
        var due = FamilyNotifications.CareDue(culture, concern.DueAt, zone);
        // Who has a chat was told now; the others must be phoned: never say a message arrived that did not.
        // Who unfollowed the WeChat account is named as such, never as 还没开通.
        var (now, later, left) = await _reach.SplitWithLeftAsync(staff, s => s.Id, ct, urgent: true).ConfigureAwait(false);
        string Names(IEnumerable<PersonRef> people) => CareText.List(culture, people.Select(s => s.Name));
        var unfollowed = left.Count == 0 ? string.Empty : CareText.Get(context, "GapUnfollowed", Names(left));
        var reply = staff.Count == 0 ? CareText.Get(context, "TalkConcernNobody", concern.ChildName, reason, due)
            : now.Count == 0 && later.Count == 0 ? CareText.Get(context, "TalkConcernNobodyNowUnfollowed", concern.ChildName, reason, due, Names(left))
            : now.Count == 0 ? CareText.Get(context, "TalkConcernNobodyNow", concern.ChildName, reason, due, Names(later)) + unfollowed
            : CareText.Get(context, "TalkConcernRaised", concern.ChildName, reason, Names(now), due)
                + (later.Count == 0 ? "" : CareText.Get(context, "GapLater", Names(later))) + unfollowed;
        await context.SendActivityAsync(reply, ct).ConfigureAwait(false);
    }

    private static Task<bool> MarksAsync(PromptValidatorContext<string> prompt, CancellationToken ct) =>
        Task.FromResult(TalkMarks.Read(prompt.Recognized.Value) is not null || IsSentence(prompt.Recognized.Value));

    /// <summary>Shorter than this an answer is a mark said in words ("还行吧"), not the week's sentence.</summary>
    private const int MinSentence = 8;

    /// <summary>
    /// A sentence about the week, not a mark: eight characters or more, no number, and no question ("小明他爸电话老是打不通
    /// 咋整" is asked of us, never a line for the parents).
    /// </summary>
    private static bool IsSentence(string? text) =>
        text?.Trim() is { Length: >= MinSentence and <= MaxNote } t && !NumberRecognizer.TryRecognizeWhole(t, out _) && TalkMarks.Read(t) is null
        && !QuestionEnds.Any(q => t.TrimEnd('。', '.', '!', '！', '~', ' ').EndsWith(q, StringComparison.Ordinal));

    // Read from the resources once: every answer at a mark asks.
    private static readonly string[] QuestionEnds = [.. CareText.WordsInAllLanguages("TalkQuestionEnds")];
}
