using System.Text;
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
/// The teachers' notes a parent may see, newest first, all or one category (学习, 行为, 情绪, 健康, 安全),
/// <see cref="PageSize"/> at a time with "更多" for the next page.
/// </summary>
internal sealed class ShowNotesDialog : ComponentDialog
{
    public const string Name = nameof(ShowNotesDialog);
    public const int PageSize = 3;
    private const string CategoryPrompt = "category";
    private const string MorePrompt = "more";
    private const string PagesDialog = "pages";
    private static readonly NoteCategory[] Categories = Enum.GetValues<NoteCategory>();
    private readonly INoteService _notes;

    public ShowNotesDialog(INoteService notes, ChooseChildDialog chooseChild) : base(Name)
    {
        _notes = notes;
        AddDialog(new WaterfallDialog<ShowNotesState>("steps", ChooseChildStep.Then<ShowNotesState>(WhichChild, (s, child) => s with { Child = child }, AskCategoryStepAsync, StartPagesStepAsync)));
        AddDialog(new WaterfallDialog<ShowNotesState>(PagesDialog, [ShowPageStepAsync, NextPageStepAsync]));
        AddDialog(chooseChild);
        AddDialog(new ChoicePrompt(CategoryPrompt, AcceptsCategoryOrEverythingAsync));
        AddDialog(new ChoicePrompt(MorePrompt));
    }

    private static ChooseChildOptions WhichChild(WaterfallStepContext<ShowNotesState> step)
    {
        var options = step.GetOptions<ParentFlowOptions>();
        step.Values = step.Values with { Text = options?.Text };
        return ParentChildQuestion.For(step.Context, options);
    }

    private static Task<DialogTurnResult> AskCategoryStepAsync(WaterfallStepContext<ShowNotesState> step, CancellationToken ct)
    {
        var child = step.Values.Child!;
        var t = ParentText.Strings;
        var titles = CategoryTitles(step.Context);
        foreach (var text in new[] { step.Values.Text, step.Context.Activity.Text })
        {
            if (text is null || TextNormalizer.IsTooLong(text)) continue;
            var named = Categories.Where(c => text.Contains(titles[c], StringComparison.OrdinalIgnoreCase)).ToList();
            if (named.Count == 1) return step.NextAsync(named[0], ct);
        }
        // "老师最近说啥了没": what the teacher said, of no kind in particular, is every note; the kinds are not asked.
        if (EverythingAnswer.Matches(step.Values.Text) || EverythingAnswer.AsksWhatWasSaid(step.Values.Text)) return step.NextAsync(new FoundChoice(t.Get(step.Context, "CategoryAll"), 0, 1.0), ct);
        return step.PromptAsync(CategoryPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(t.Get(step.Context, "WhichCategory", child.Name)),
            Choices = [new Choice(t.Get(step.Context, "CategoryAll")), .. Categories.Select(c => new Choice(titles[c]))],
        }, ct);
    }

    private static Task<DialogTurnResult> StartPagesStepAsync(WaterfallStepContext<ShowNotesState> step, CancellationToken ct)
    {
        switch (step.Result)
        {
            case NoteCategory named:
                step.Values = step.Values with { Category = named };
                break;
            case FoundChoice { Index: 0 }:
                step.Values = step.Values with { AllCategories = true };
                break;
            case FoundChoice found:
                step.Values = step.Values with { Category = Categories[found.Index - 1] };
                break;
            case null when EverythingAnswer.Matches(step.Context.Activity.Text):
                step.Values = step.Values with { AllCategories = true };
                break;
            default:
                return step.EndDialogAsync(null, ct);
        }
        return step.BeginDialogAsync(PagesDialog, step.Values, ct);
    }

    /// <summary>A kind, 全部, or everything in other words ("老师说啥了", "都看看"): never the kinds again for it.</summary>
    private static Task<bool> AcceptsCategoryOrEverythingAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken ct) =>
        Task.FromResult(prompt.Recognized.Succeeded || EverythingAnswer.Matches(prompt.Context.Activity.Text));

    private Task<DialogTurnResult> ShowPageStepAsync(WaterfallStepContext<ShowNotesState> step, CancellationToken ct)
    {
        step.Values = step.GetOptions<ShowNotesState>() ?? new ShowNotesState();
        return ShowAsync(step, ct);
    }

    private static Task<DialogTurnResult> NextPageStepAsync(WaterfallStepContext<ShowNotesState> step, CancellationToken ct)
    {
        if (step.Result is not FoundChoice { Index: 0 }) return step.EndDialogAsync(null, ct);
        // The next page is this small dialog again, so paging never grows the stack.
        return step.ReplaceDialogAsync(PagesDialog, step.Values with { Page = step.Values.Page + 1 }, ct);
    }

    private async Task<DialogTurnResult> ShowAsync(WaterfallStepContext<ShowNotesState> step, CancellationToken ct)
    {
        var context = step.Context;
        var t = ParentText.Strings;
        var child = step.Values.Child!;
        var page = await _notes.GetAsync(CurrentUser.From(context)!.Actor, child.Id, step.Values.Category, step.Values.Page, PageSize, ct).ConfigureAwait(false);
        if (page is null)
        {
            await context.SendActivityAsync(t.Get(context, "OnlyOwnChildren"), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        if (page.Total == 0)
        {
            await context.SendActivityAsync(t.Get(context, "NotesNone", child.Name), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        var titles = CategoryTitles(context);
        var zone = KernelTurnState.GetTimeZone(context);
        var sb = new StringBuilder(t.Get(context, "NotesHeader", child.Name, page.Total, page.Page * page.PageSize + 1, page.Page * page.PageSize + page.Items.Count));
        foreach (var note in page.Items)
        {
            // A school admin's note (no roster person) carries her console name, which says who she is: no 老师 after it.
            // A note with no author at all says 老师 once (the word itself), not 老师老师.
            var (item, author) = note.Author is { } person ? ("NoteItem", person.Name) : ("NoteItemStaff", note.StaffAuthor ?? t.Get(context, "SomeTeacher"));
            sb.Append("\n\n").Append(t.Get(context, item, titles[note.Category], TimeZoneInfo.ConvertTime(note.CreatedAt, zone).DateTime, author, note.Text));
        }
        if (!page.HasMore)
        {
            await context.SendActivityAsync(sb.ToString(), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        step.Values = step.Values with { Page = page.Page };
        sb.Append("\n\n").Append(t.Get(context, "NotesMoreHint"));
        return await step.PromptAsync(MorePrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(sb.ToString()),
            RetryPrompt = MessageFactory.Text(t.Get(context, "NotesMoreHint")),
            Choices = [new Choice(t.Get(context, "More")), new Choice(t.Get(context, "Enough"))],
            MaxAttempts = 1,
        }, ct).ConfigureAwait(false);
    }

    private static Dictionary<NoteCategory, string> CategoryTitles(ITurnContext context) =>
        Categories.ToDictionary(c => c, c => ParentText.Strings.Get(context, "Category" + c));
}
