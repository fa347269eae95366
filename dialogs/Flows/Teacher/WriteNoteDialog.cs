using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Recognizers;
using Microsoft.Extensions.Logging;

namespace LeftBehind.Dialogs.Teacher;

/// <summary>
/// A note about a child the teacher teaches or mentors — or a monthly talk (谈心) or home visit (家访): the child,
/// the category (学习/行为/情绪/健康/安全), whether parents may read it, then the text. A note written where the category
/// is asked is kept, the category asked once more, and the text not asked for again (found by playing the head teacher:
/// it got "没有这个选项", or was taken for the category it happened to name, and was lost); so is a note written with the
/// child's name where the child is asked ("王小明今天上课很认真").
/// </summary>
internal sealed class WriteNoteDialog : ComponentDialog
{
    public const string Name = nameof(WriteNoteDialog);
    private const int MaxLength = 2000;
    private static readonly NoteCategory[] Categories = [NoteCategory.Study, NoteCategory.Behaviour, NoteCategory.Emotion, NoteCategory.Health, NoteCategory.Safety];
    private readonly INoteService _notes;
    private readonly ILogger<WriteNoteDialog> _log;

    public WriteNoteDialog(ChooseChildDialog chooseChild, INoteService notes, ILogger<WriteNoteDialog> log) : base(Name)
    {
        _notes = notes;
        _log = log;
        AddDialog(new WaterfallDialog<WriteNoteState>("steps", ChooseChildStep.Then<WriteNoteState>(WhichChild, (s, child) => s with { ChildId = child.Id, ChildName = child.Name }, AskCategoryStepAsync, KeepWrittenNoteStepAsync, AskVisibilityStepAsync, AskTextStepAsync, SaveNoteStepAsync)));
        AddDialog(chooseChild);
        AddDialog(new ChoicePrompt("category", static (prompt, _) => Task.FromResult(prompt.Recognized.Succeeded || WrittenNote(prompt.Context) is not null)));
        AddDialog(new ChoicePrompt("category-again"));
        AddDialog(new ChoicePrompt("visibility"));
        AddDialog(new TextPrompt("text"));
        InitialDialogId = "steps";
    }

    private static ChooseChildOptions WhichChild(WaterfallStepContext<WriteNoteState> step)
    {
        var kind = step.GetOptions<WriteNoteOptions>()?.Kind ?? NoteKind.Note;
        step.Values = step.Values with { Kind = kind, Opening = step.Context.Activity.Text };
        // "写记录 小明今天上课很认真" names the child: not asked which one.
        return new(TeacherText.Get(step.Context, "NoteWhichChild_" + kind)) { Text = step.Context.Activity.Text };
    }

    private static Task<DialogTurnResult> AskCategoryStepAsync(WaterfallStepContext<WriteNoteState> step, CancellationToken ct)
    {
        var titles = Categories.Select(c => TeacherText.Get(step.Context, "Category_" + c)).ToList();
        var question = TeacherText.Get(step.Context, "NoteWhichCategory");
        if ((NoteBesideName(step) ?? NoteInRequest(step) ?? step.GetOptions<WriteNoteOptions>()?.Note ?? NoteAtMenu(step)) is { } written)
        {
            step.Values = step.Values with { Text = written };
            return step.PromptAsync("category", KeptNoteOptions(step.Context, TeacherText.Get(step.Context, "NoteKept") + question, titles), ct);
        }
        return step.PromptAsync("category", NumberedMenu.Options(step.Context, question, titles), ct);
    }

    /// <summary>The note written where the child was asked, with the child's name in it ("王小明今天上课很认真").</summary>
    private static string? NoteBesideName(WaterfallStepContext<WriteNoteState> step)
    {
        if (WrittenNote(step.Context) is not { } text || step.Values is not { ChildId: { } id, ChildName: { } name } || text == step.Values.Opening?.Trim()) return null;
        return NoteAbout(new ChildChoice(id, name), text);
    }

    /// <summary>The text, when it names the child and says more than the name; null otherwise.</summary>
    private static string? NoteAbout(ChildChoice child, string text) =>
        ChooseChildDialog.Named([child], text) is not null && ChooseChildDialog.WordsBesideName(text, child) >= MinNoteBesideName ? text : null;

    /// <summary>
    /// The note written in the request itself ("写记录 小明今天上课很认真", "写记录：王小明…"): the words after the menu's own
    /// title, when they name the chosen child and say more than the name.
    /// </summary>
    private static string? NoteInRequest(WaterfallStepContext<WriteNoteState> step)
    {
        if (step.Values is not { ChildId: { } id, ChildName: { } name, Opening: { } opening }) return null;
        var text = opening.Trim();
        foreach (var title in TeacherText.WordsInAllLanguages(MenuTitles[step.Values.Kind]).OrderByDescending(t => t.Length))
        {
            if (!text.StartsWith(title, StringComparison.OrdinalIgnoreCase)) continue;
            return NoteAbout(new ChildChoice(id, name), text[title.Length..].TrimStart(':', '：', ' ', ',', '，'));
        }
        return null;
    }

    /// <summary>
    /// The note itself sent at the menu ("小红这周很开心 和同学处得好", the message that opened this flow): kept when it
    /// names the chosen child, says more than the name, and asks for no note ("给小红写个记录" is a request).
    /// </summary>
    private static string? NoteAtMenu(WaterfallStepContext<WriteNoteState> step)
    {
        if (step.Values is not { Kind: NoteKind.Note, ChildId: { } id, ChildName: { } name, Opening: { } opening }) return null;
        var text = opening.Trim();
        if (text.Length < MinWrittenNote || text.Length > MaxLength || RequestWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase))) return null;
        return NoteAbout(new ChildChoice(id, name), text);
    }

    // Read from the resources once.
    private static readonly string[] RequestWords = TeacherText.WordsInAllLanguages("NoteRequestWords").ToArray();

    private static readonly Dictionary<NoteKind, string> MenuTitles = new()
    {
        [NoteKind.Note] = "MenuNote",
        [NoteKind.MonthlyTalk] = "MenuTalk",
        [NoteKind.HomeVisit] = "MenuVisit",
    };

    /// <summary>Fewer characters beside the name ("是王小明的") only choose the child.</summary>
    private const int MinNoteBesideName = 4;

    /// <summary>The note written at the category question: kept, and the category asked once more.</summary>
    private static Task<DialogTurnResult> KeepWrittenNoteStepAsync(WaterfallStepContext<WriteNoteState> step, CancellationToken ct)
    {
        if (WrittenNote(step.Context) is not { } written) return step.NextAsync(step.Result, ct);
        step.Values = step.Values with { Text = written };
        var titles = Categories.Select(c => TeacherText.Get(step.Context, "Category_" + c)).ToList();
        var question = TeacherText.Get(step.Context, "NoteKept") + TeacherText.Get(step.Context, "NoteWhichCategory");
        return step.PromptAsync("category-again", KeptNoteOptions(step.Context, question, titles), ct);
    }

    /// <summary>The category question of a note already written: left for another request (记谈心), the note is said not saved.</summary>
    private static PromptOptions KeptNoteOptions(ITurnContext context, string question, IReadOnlyList<string> titles) =>
        NumberedMenu.Options(context, question, titles) with { NewRequestNotice = MessageFactory.Text(TeacherText.Get(context, "NoteNotSaved")) };

    /// <summary>Shorter than this a message is a name, a number or an option, not a sentence.</summary>
    private const int MinWrittenNote = 8;

    /// <summary>
    /// A sentence, not a number or an option: eight characters or more, even when it names a category ("学习很主动"). Not
    /// one of her own questions ("今天孩子们都到齐了吗", found by earlier play sessions kept as the note): that is asked.
    /// </summary>
    private static string? WrittenNote(ITurnContext context)
    {
        var text = context.Activity.Text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length < MinWrittenNote || text.Length > MaxLength || NumberRecognizer.TryRecognizeWhole(text, out _)
            || TeacherMenuDialog.AsksHerOwnQuestion(text)) return null;
        return text;
    }

    private static Task<DialogTurnResult> AskVisibilityStepAsync(WaterfallStepContext<WriteNoteState> step, CancellationToken ct)
    {
        if (step.Result is not FoundChoice category) return step.EndDialogAsync(null, ct);
        step.Values = step.Values with { Category = Categories[category.Index] };
        var titles = TeacherText.Titles(step.Context, "Visibility_Parents", "Visibility_StaffOnly");
        // "给家长留言": the parents are who it is for, not asked again.
        if (step.GetOptions<WriteNoteOptions>()?.Visibility is { } said)
        {
            var index = said == NoteVisibility.Parents ? 0 : 1;
            return step.NextAsync(new FoundChoice(titles[index], index, 1.0), ct);
        }
        return step.PromptAsync("visibility", NumberedMenu.Options(step.Context, TeacherText.Get(step.Context, "NoteWhoSees"), titles), ct);
    }

    private static Task<DialogTurnResult> AskTextStepAsync(WaterfallStepContext<WriteNoteState> step, CancellationToken ct)
    {
        if (step.Result is not FoundChoice visibility) return step.EndDialogAsync(null, ct);
        step.Values = step.Values with { Visibility = visibility.Index == 0 ? NoteVisibility.Parents : NoteVisibility.StaffOnly };
        if (step.Values.Text is { } written) return step.NextAsync(written, ct);
        return step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text(TeacherText.Get(step.Context, "NoteText_" + step.Values.Kind)), MaxLength = MaxLength }, ct);
    }

    private async Task<DialogTurnResult> SaveNoteStepAsync(WaterfallStepContext<WriteNoteState> step, CancellationToken ct)
    {
        if (step.Result is not string text || step.Values is not { ChildId: { } childId, Category: { } category, Visibility: { } visibility })
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        var actor = FamilyTurn.User(step.Context).Actor;
        NoteInfo note;
        try
        {
            note = await _notes.WriteAsync(actor, childId, category, step.Values.Kind, visibility, text, ct).ConfigureAwait(false);
        }
        catch (ArchiveException)
        {
            await step.Context.SendActivityAsync(FamilyText.Get(step.Context, "ChildNotFound"), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        _log.LogInformation("Note {NoteId} ({Kind}) written for child {ChildId}", note.Id, note.Kind, childId);
        await step.Context.SendActivityAsync(TeacherText.Get(step.Context, "NoteSaved_" + note.Kind,
            TeacherText.Get(step.Context, "Category_" + category), TeacherText.Get(step.Context, "Visibility_" + visibility)), ct).ConfigureAwait(false);
        return await step.EndDialogAsync(note.Id, ct).ConfigureAwait(false);
    }
}
