using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Family;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Conversations;

/// <summary>
/// 通知方式: the person picks how notices reach them first (1 短信, 2 语音电话, 3 微信, 4 网页) by a digit or a word, on any
/// channel, SMS included; the delivery policy reads it. SMS and voice need the roster number: without one they are told
/// to ask the teacher. Emergencies still go everywhere at once.
/// </summary>
internal sealed class ChooseChannelDialog : ComponentDialog
{
    public const string Name = nameof(ChooseChannelDialog);
    private static readonly PreferredChannel[] Order = [PreferredChannel.Sms, PreferredChannel.Voice, PreferredChannel.WeChat, PreferredChannel.WebChat];
    private readonly IPhoneRecords _phones;
    private readonly TimeProvider _time;

    public ChooseChannelDialog(IPhoneRecords phones, TimeProvider time) : base(Name)
    {
        _phones = phones;
        _time = time;
        AddDialog(new WaterfallDialog<ChooseChannelState>("steps", [AskChannelStepAsync, SaveChannelStepAsync]));
        AddDialog(new ChoicePrompt("channel"));
        InitialDialogId = "steps";
    }

    private static async Task<DialogTurnResult> AskChannelStepAsync(WaterfallStepContext<ChooseChannelState> step, CancellationToken ct)
    {
        if (step.GetOptions<ChooseChannelState>()?.Stated is { } stated) return await step.NextAsync(stated, ct).ConfigureAwait(false);
        var t = ConversationText.Strings;
        var titles = Order.Select(c => t.Get(step.Context, TitleKey(c))).ToList();
        return await step.PromptAsync("channel", NumberedMenu.Options(step.Context, t.Get(step.Context, "ChannelAsk"), titles), ct).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> SaveChannelStepAsync(WaterfallStepContext<ChooseChannelState> step, CancellationToken ct)
    {
        PreferredChannel? chosen = step.Result switch
        {
            PreferredChannel c => c,
            FoundChoice f when f.Index >= 0 && f.Index < Order.Length => Order[f.Index],
            _ => null,
        };
        if (chosen is not { } channel || CurrentUser.From(step.Context) is not { } user) return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        var t = ConversationText.Strings;
        var title = t.Get(step.Context, TitleKey(channel));
        if (channel is PreferredChannel.Sms or PreferredChannel.Voice
            && string.IsNullOrWhiteSpace(await _phones.GetRosterPhoneAsync(user.Person.PersonId, ct).ConfigureAwait(false)))
        {
            // Nothing stored: a preference nobody can honour would only hide that the school lacks the number.
            await step.Context.SendActivityAsync(t.Get(step.Context, "ChannelNoPhone", title), ct).ConfigureAwait(false);
            return await step.EndDialogAsync(null, ct).ConfigureAwait(false);
        }
        await _phones.SetPreferredChannelAsync(user.Person.PersonId, channel, _time.GetUtcNow(), ct).ConfigureAwait(false);
        await step.Context.SendActivityAsync(t.Get(step.Context, "ChannelSaved", title), ct).ConfigureAwait(false);
        return await step.EndDialogAsync(channel, ct).ConfigureAwait(false);
    }

    private static string TitleKey(PreferredChannel channel) => channel switch
    {
        PreferredChannel.Sms => "ChannelSms",
        PreferredChannel.Voice => "ChannelVoice",
        PreferredChannel.WeChat => "ChannelWeChat",
        _ => "ChannelWeb",
    };
}
