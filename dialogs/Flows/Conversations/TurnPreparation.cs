using System.Globalization;
using System.Text.Json;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Resources;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Dialogs.State;
using LeftBehind.Dialogs.Understanding;

namespace LeftBehind.Dialogs.Conversations;

/// <summary>
/// Runs before any dialog in a turn: who is writing (<see cref="CurrentUser"/>), what the message means
/// (<see cref="TurnAnalysis"/>), which language to answer in, and what tells the prompts a new request from an answer
/// (<see cref="Prompts.INewRequestRecognizer"/>).
/// </summary>
internal sealed class TurnPreparation(
    IBindingService bindings, IPreferenceService preferences, ITextAnalyzer analyzer, KernelAccessors kernel, ConversationAccessors accessors,
    Prompts.INewRequestRecognizer newRequests)
{
    /// <summary>Only the head of a very long message is analysed (whichever analyzer is configured): urgency words sit early, and the cost stays flat.</summary>
    public const int AnalyzedLength = ITextAnalyzer.MaxAnalyzedLength;

    public async Task PrepareAsync(ITurnContext turnContext, string? channelUserId, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        KernelTurnState.SetNewRequestRecognizer(turnContext, newRequests);
        var profile = await kernel.Profile.GetAsync(turnContext, () => new UserProfile(), cancellationToken).ConfigureAwait(false);
        var mine = await accessors.Profile.GetAsync(turnContext, () => new ConversationProfile(), cancellationToken).ConfigureAwait(false);
        CurrentUser? user = null;
        if (activity.ChannelId is { Length: > 0 } channelId && channelUserId is { Length: > 0 })
        {
            var person = await bindings.FindAsync(channelId, channelUserId, cancellationToken).ConfigureAwait(false);
            if (person is not null)
            {
                user = new CurrentUser(person, await preferences.GetAsync(person.PersonId, cancellationToken).ConfigureAwait(false));
                user.AttachTo(turnContext);
                await RefreshReferenceAsync(turnContext, channelId, channelUserId, mine, cancellationToken).ConfigureAwait(false);
            }
        }

        // A language set for the person elsewhere (the admin, another channel) counts as their choice.
        if (profile.Locale is null && user is not null && Locales.Normalize(user.Preferences.Locale) is { } stored && stored != Locales.Default)
            profile.Locale = stored;

        // Only a bound person can have a tip to answer (TipReplies); a stranger's turns write no state at all.
        if (activity.Type == ActivityTypes.Message && user is not null)
        {
            mine.PreviousMessageAt = mine.LastMessageAt;
            mine.LastMessageAt = KernelTurnState.GetTimeProvider(turnContext).GetUtcNow();
        }

        TextAnalysis? analysis = null;
        if (activity.Type == ActivityTypes.Message && !string.IsNullOrWhiteSpace(activity.Text))
        {
            var text = activity.Text.Length > AnalyzedLength ? activity.Text[..AnalyzedLength] : activity.Text;
            var hint = profile.Locale ?? mine.DetectedLocale ?? activity.Locale;
            analysis = await analyzer.AnalyzeAsync(text, hint, cancellationToken).ConfigureAwait(false);
            TurnAnalysis.Set(turnContext, analysis);
            mine.DetectedLocale = DetectedLocale(text, analysis, activity.Locale, mine.DetectedLocale);
        }
        ApplyLocale(turnContext, profile.Locale ?? mine.DetectedLocale ?? Locales.Normalize(activity.Locale) ?? Locales.Default);
    }

    /// <summary>Reads the turn's message again (a copy carrying an earlier request): the analysis the dialogs see is of that text.</summary>
    public async Task AnalyzeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text;
        if (string.IsNullOrWhiteSpace(text)) return;
        var profile = await kernel.Profile.GetAsync(turnContext, () => new UserProfile(), cancellationToken).ConfigureAwait(false);
        var mine = await accessors.Profile.GetAsync(turnContext, () => new ConversationProfile(), cancellationToken).ConfigureAwait(false);
        var hint = profile.Locale ?? mine.DetectedLocale ?? turnContext.Activity.Locale;
        TurnAnalysis.Set(turnContext, await analyzer.AnalyzeAsync(text.Length > AnalyzedLength ? text[..AnalyzedLength] : text, hint, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Remembers a language the user chose, for this channel user and (when bound) for proactive messages.</summary>
    public async Task RememberLocaleAsync(ITurnContext turnContext, string locale, CancellationToken cancellationToken)
    {
        var profile = await kernel.Profile.GetAsync(turnContext, () => new UserProfile(), cancellationToken).ConfigureAwait(false);
        profile.Locale = locale;
        if (CurrentUser.From(turnContext) is { } user)
        {
            var prefs = await preferences.GetAsync(user.Person.PersonId, cancellationToken).ConfigureAwait(false);
            var updated = prefs with { Locale = locale };
            await preferences.SaveAsync(user.Person.PersonId, updated, cancellationToken).ConfigureAwait(false);
            (user with { Preferences = updated }).AttachTo(turnContext);
        }
        ApplyLocale(turnContext, locale);
    }

    /// <summary>After binding: the reference just stored with the binding need not be written again.</summary>
    public async Task MarkReferenceStoredAsync(ITurnContext turnContext, string referenceJson, CancellationToken cancellationToken)
    {
        var mine = await accessors.Profile.GetAsync(turnContext, () => new ConversationProfile(), cancellationToken).ConfigureAwait(false);
        mine.StoredReference = referenceJson;
    }

    public static string ReferenceJson(Activity activity)
    {
        var reference = activity.GetConversationReference() with { ActivityId = null };
        return JsonSerializer.Serialize(reference, BotJson.Options);
    }

    private async Task RefreshReferenceAsync(ITurnContext turnContext, string channelId, string channelUserId, ConversationProfile mine, CancellationToken ct)
    {
        if (turnContext.Activity.Conversation?.Id is not { Length: > 0 }) return;
        var json = ReferenceJson(turnContext.Activity);
        if (json == mine.StoredReference) return;
        await bindings.UpdateConversationReferenceAsync(channelId, channelUserId, json, ct).ConfigureAwait(false);
        mine.StoredReference = json;
    }

    private static void ApplyLocale(ITurnContext turnContext, string locale)
    {
        turnContext.Locale = locale;
        CultureInfo.CurrentUICulture = Locales.Culture(locale);
    }

    /// <summary>
    /// The language the user writes in, when it is not the channel's: Traditional characters are answered in them.
    /// Chinese written where the channel says another language (a phone a grandchild set to English; the Web Chat page
    /// passes the browser's language) is answered in Chinese: he may never know to type 中文. Only a sentence mostly in
    /// Chinese counts ("did 小红 go to school" and a name typed alone stay English) and a short answer after it (好) keeps
    /// it; an English sentence goes back to the channel's language. Under a Chinese locale the channel's variant stays.
    /// </summary>
    private static string? DetectedLocale(string text, TextAnalysis analysis, string? channelLocale, string? before)
    {
        var han = text.Count(c => c is >= '\u4e00' and <= '\u9fff');
        if (han == 0) return before == Locales.ZhCn && text.Count(char.IsAsciiLetter) >= MinWords ? null : before;
        if (analysis.Language == TextLanguages.TraditionalChinese) return Locales.ZhTw;
        if (Locales.Normalize(channelLocale) is Locales.ZhCn or Locales.ZhTw or null) return null;
        return han >= MinWords && han >= text.Count(char.IsAsciiLetter) ? Locales.ZhCn : before == Locales.ZhCn ? Locales.ZhCn : null;
    }

    /// <summary>Fewer characters are a name or a word (王小明, 同意), not a sentence that says which language is written.</summary>
    private const int MinWords = 4;
}
