using LeftBehind.Dialogs.Notifications;
using System.Text.RegularExpressions;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Parent;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Resources;
using LeftBehind.Dialogs.Schema;
using Microsoft.Extensions.Logging;

namespace LeftBehind.Dialogs.Guardian;

/// <summary>
/// 看信: the guardian reads the letters the parents wrote to the child, at any time, newest first, one at a time
/// (a photo comes as an image), and can say 已读给孩子听 — kept in the archive and told to the writer, who also sees
/// it in their letter history.
/// </summary>
internal sealed partial class ReadLettersDialog(ChooseChildDialog chooseChild, ILetterService letters, IChildrenService children, IProactiveMessenger messenger, GuardianAccessors accessors, ILogger<ReadLettersDialog> log)
    : ChildFlowDialog<ReadLettersState>(Name, chooseChild, new ChoicePrompt("next"))
{
    public const string Name = nameof(ReadLettersDialog);
    private const int MaxLetters = 50;
    private static readonly string[] Actions = ["LetterReadDone", "LetterNext", "LetterStop"];

    // Typed at the menu: 看信, 读信, 念信, "我想看看信", "有信吗", "read letters". Folded to Simplified first.
    private static readonly string[] ReadWords = ["看信", "读信", "念信", "看看信", "读读信", "有信吗", "有没有信", "letters", "read letters", "read the letters", "read letter"];

    // 已读给孩子听 / 读给小明听了 / 念给他听了 / "read it to him": one phrase that cannot answer anything else.
    [GeneratedRegex(@"^(已经|已)?(读|念|唸)(过|完)?给.{1,6}听(过)?了?$|^(i )?(have )?read (it|the letter|this)? ?to .{1,20}$", RegexOptions.CultureInvariant)]
    private static partial Regex ReadToChildPattern();

    /// <summary>The guardian asks to read letters ("看信", "读信", "read letters").</summary>
    public static bool AsksToRead(string? text)
    {
        var folded = TextNormalizer.StripParticles(TextNormalizer.Compact(TextNormalizer.Fold(text)));
        return folded.Length > 0 && folded.Length <= 12
            && ReadWords.Any(w => folded == w.Replace(" ", "", StringComparison.Ordinal) || (TextNormalizer.HasHan(w) && folded.Contains(w, StringComparison.Ordinal)));
    }

    /// <summary>The guardian says a letter was read to the child ("已读给孩子听", "读给小明听了").</summary>
    public static bool SaysReadToChild(string? text) =>
        !TextNormalizer.IsTooLong(text) && ReadToChildPattern().IsMatch(TextNormalizer.Normalize(TextNormalizer.Fold(text)).Replace("的", "", StringComparison.Ordinal));

    protected override IEnumerable<WaterfallStep<ReadLettersState>> Steps => [ShowLetterStepAsync, ActStepAsync];

    /// <summary>
    /// The button under a delivered letter names it (已读给王小明听 #12): that letter is marked, whichever the reader saw
    /// last and whichever child it is for, without a question. A letter the reader may not mark (or one gone) opens 看信
    /// instead of marking another one.
    /// </summary>
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        if (options is ReadLettersOptions { LetterId: { } letterId } named)
        {
            if (await MarkNamedAsync(dc.Context, letterId, cancellationToken).ConfigureAwait(false))
                return await dc.EndDialogAsync(true, cancellationToken).ConfigureAwait(false);
            options = named with { LetterId = null, MarkNewest = false };
        }
        return await base.BeginDialogAsync(dc, options, cancellationToken).ConfigureAwait(false);
    }

    protected override ChooseChildOptions WhichChild(WaterfallStepContext<ReadLettersState> step)
    {
        var options = step.GetOptions<ReadLettersOptions>();
        step.Values = step.Values with { MarkNewest = options?.MarkNewest ?? false, LetterIds = options?.LetterIds ?? [], Index = options?.Index ?? 0 };
        return new(GuardianText.Get(step.Context, "LettersWhichChild"), options?.ChildId) { Text = options?.Text };
    }

    protected override ReadLettersState WithChild(ReadLettersState state, ChildChoice child) => state with { ChildId = child.Id, ChildName = child.Name };

    protected override int? ChildOf(ReadLettersState state) => state.ChildId;

    private async Task<DialogTurnResult> ShowLetterStepAsync(WaterfallStepContext<ReadLettersState> step, CancellationToken ct)
    {
        var context = step.Context;
        var user = FamilyTurn.User(context);
        var all = await letters.ListAsync(user.Actor, step.Values.ChildId!.Value, MaxLetters, ct).ConfigureAwait(false) ?? [];
        var toChild = all.Where(l => l.Direction == LetterDirection.ToChild).ToList();
        if (step.Values.LetterIds.Count == 0) step.Values = step.Values with { LetterIds = toChild.Select(l => l.Id).ToList() };
        var name = step.Values.ChildName!;
        if (toChild.Count == 0)
        {
            await context.SendActivityAsync(GuardianText.Get(context, "LettersNone", name), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        if (step.Values.MarkNewest)
        {
            // 已读给孩子听 said at the menu (or the button under a delivered letter): the letter the reader was shown last —
            // the one open in 看信 before a reload or 菜单, unless a newer letter came since; said again, it is already
            // marked and the writer is not told twice.
            var memory = await accessors.Memory.GetAsync(context, () => new GuardianMemory(), ct).ConfigureAwait(false);
            var shown = memory.LetterShownChildId == step.Values.ChildId && memory.LetterShownAt is { } shownAt
                && !toChild.Any(l => l.CreatedAt > shownAt) ? toChild.FirstOrDefault(l => l.Id == memory.LetterShownId) : null;
            await MarkAsync(context, (shown ?? toChild[0]).Id, name, ct).ConfigureAwait(false);
            return await step.EndDialogAsync(true, ct).ConfigureAwait(false);
        }
        var index = step.Values.Index;
        var letter = toChild.FirstOrDefault(l => l.Id == step.Values.LetterIds.ElementAtOrDefault(index));
        if (letter is null)
        {
            await context.SendActivityAsync(GuardianText.Get(context, "LettersNoMore"), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        await context.SendActivityAsync(Show(context, letter, name, index, step.Values.LetterIds.Count), ct).ConfigureAwait(false);
        await accessors.Memory.SetAsync(context, new GuardianMemory
        {
            LetterShownId = letter.Id, LetterShownChildId = step.Values.ChildId, LetterShownAt = KernelTurnState.GetTimeProvider(context).GetUtcNow(),
        }, ct).ConfigureAwait(false);
        var titles = GuardianText.Titles(context, Actions);
        var options = NumberedMenu.Options(context, GuardianText.Get(context, letter.ReadToChildAt is null ? "LetterAskRead" : "LetterAskNext"), titles)
            with { Choices = titles.Select((t, i) => new Choice(t, i == 0 ? ReadToChildSynonyms(context) : null)).ToList() };
        return await step.PromptAsync("next", options, ct).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ActStepAsync(WaterfallStepContext<ReadLettersState> step, CancellationToken ct)
    {
        var context = step.Context;
        var chosen = step.Result as FoundChoice;
        if (chosen is null && step.Context.Activity.Type == ActivityTypes.Message && SaysReadToChild(step.Context.Activity.Text)) chosen = new FoundChoice(step.Context.Activity.Text ?? "", 0, 1.0);
        switch (chosen?.Index)
        {
            case 0:
                await MarkAsync(context, step.Values.LetterIds[step.Values.Index], step.Values.ChildName!, ct).ConfigureAwait(false);
                return await step.EndDialogAsync(true, ct).ConfigureAwait(false);
            case 1:
                // The next letter: this flow again with the child, the list and the place carried over.
                return await step.ReplaceDialogAsync(Id, new ReadLettersOptions(null, false, step.Values.ChildId, step.Values.LetterIds, step.Values.Index + 1), ct).ConfigureAwait(false);
            default:
                await context.SendActivityAsync(GuardianText.Get(context, "LettersStopped"), ct).ConfigureAwait(false);
                return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
    }

    private async Task<bool> MarkNamedAsync(ITurnContext context, int letterId, CancellationToken ct)
    {
        var user = FamilyTurn.User(context);
        var marked = await letters.MarkReadToChildAsync(user.Actor, letterId, ct).ConfigureAwait(false);
        if (marked is null) return false;
        var mine = await children.GetChildrenAsync(user.Actor, ct).ConfigureAwait(false);
        await TellAsync(context, user, marked, mine.FirstOrDefault(c => c.Id == marked.Letter.ChildId)?.Name ?? string.Empty, ct).ConfigureAwait(false);
        return true;
    }

    private async Task MarkAsync(ITurnContext context, int letterId, string childName, CancellationToken ct)
    {
        var user = FamilyTurn.User(context);
        var marked = await letters.MarkReadToChildAsync(user.Actor, letterId, ct).ConfigureAwait(false);
        if (marked is null)
        {
            await context.SendActivityAsync(GuardianText.Get(context, "LettersNone", childName), ct).ConfigureAwait(false);
            return;
        }
        await TellAsync(context, user, marked, childName, ct).ConfigureAwait(false);
    }

    /// <summary>The writer hears it once; the reader is told it was kept (or that it was kept before).</summary>
    private async Task TellAsync(ITurnContext context, CurrentUser user, LetterReadToChild marked, string childName, CancellationToken ct)
    {
        var letterId = marked.Letter.Id;
        var writer = marked.Letter.Author;
        // The writer hears it once, however often the guardian says it; the history shows it either way.
        if (marked.First && writer is not null)
            await messenger.SendAsync(writer.Id, FamilyNotifications.LetterReadToChild(writer.Id, marked.Letter, childName, user.Person.Name), ct).ConfigureAwait(false);
        log.LogInformation("Letter {LetterId} marked read to child {ChildId} by {PersonId} (first: {First})", letterId, marked.Letter.ChildId, user.Person.PersonId, marked.First);
        var culture = ResxText.CultureOf(context.Locale);
        await context.SendActivityAsync(marked.First
            ? GuardianText.Get(context, "LetterMarked", writer?.Name ?? GuardianText.Get(culture, "TheParents"))
            : GuardianText.Get(context, "LetterMarkedBefore"), ct).ConfigureAwait(false);
    }

    private static Activity Show(ITurnContext context, LetterInfo letter, string childName, int index, int count)
    {
        var culture = ResxText.CultureOf(context.Locale);
        var date = TimeZoneInfo.ConvertTime(letter.CreatedAt, KernelTurnState.GetTimeZone(context)).DateTime.ToString(GuardianText.Get(culture, "DateFormat"), culture);
        var header = GuardianText.Get(context, "LetterHeader", letter.Author?.Name ?? GuardianText.Get(culture, "TheParents"), childName, date, index + 1, count);
        if (letter.ReadToChildAt is not null) header += GuardianText.Get(context, "LetterAlreadyRead");
        var text = header + "\n" + (letter.Text ?? GuardianText.Get(context, "LetterPhotoOnly"));
        var activity = letter.PhotoUrl is { Length: > 0 } url
            ? MessageFactory.Attachment(new Attachment { ContentType = letter.PhotoContentType ?? "image/jpeg", ContentUrl = url }, text)
            : MessageFactory.Text(text);
        return activity with { TextFormat = LeftBehindBot.TextFormat };
    }

    private static IReadOnlyList<string> ReadToChildSynonyms(ITurnContext context) =>
        GuardianText.Get(context, "LetterReadDoneWords").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
