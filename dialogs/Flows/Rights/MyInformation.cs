using System.Globalization;
using System.Text;
using System.Text.Json;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Dialogs.State;

namespace LeftBehind.Dialogs.Rights;

/// <summary>
/// 「我的信息」 (issue #14, item 5): what is held about the person and their children, an export (a summary in the
/// chat, and a file where the channel can carry one), unbinding this device and withdrawing consent — each by its word
/// anywhere ("解除绑定") or by its digit at 「我的信息」's own menu; unbinding and withdrawing are confirmed first.
/// It runs before the dialogs and leaves their stack alone: a question waiting in a flow is still there afterwards.
/// </summary>
internal sealed class MyInformation(IPersonRights rights, IBindingService bindings, RightsAccessors accessors, KernelAccessors kernel)
{
    /// <summary>Channels whose clients offer an attached file for download (Web Chat renders it as a link).</summary>
    private static readonly HashSet<string> FileChannels = new(StringComparer.Ordinal) { Channels.DirectLine, Channels.Webchat, Channels.Emulator };

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>True when the turn was 「我的信息」's; nothing else runs then.</summary>
    public async Task<bool> HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message || CurrentUser.From(turnContext) is not { } user || string.IsNullOrWhiteSpace(activity.Text)) return false;
        var profile = await accessors.Profile.GetAsync(turnContext, () => new RightsProfile(), cancellationToken).ConfigureAwait(false);
        var step = profile.Step;
        var text = activity.Text;
        // Whatever the answer, the question is asked once: an answer out of turn goes on to the menu or the flow.
        profile.Step = RightsStep.None;
        switch (step)
        {
            case RightsStep.ConfirmUnbind when RightsWords.IsYes(text):
                await bindings.UnbindAsync(activity.ChannelId!, activity.From!.Id!, cancellationToken).ConfigureAwait(false);
                // A flow left open (the menu, a letter half written) belonged to the person; a stranger starts afresh.
                await kernel.DialogState.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
                await SayAsync(turnContext, "Unbound", cancellationToken).ConfigureAwait(false);
                return true;
            case RightsStep.ConfirmUnbind when RightsWords.IsNo(text):
                await SayAsync(turnContext, "UnbindKept", cancellationToken).ConfigureAwait(false);
                return true;
            case RightsStep.ConfirmWithdraw when RightsWords.IsYes(text):
                await rights.WithdrawConsentAsync(user.Person.PersonId, cancellationToken).ConfigureAwait(false);
                await SayAsync(turnContext, "WithdrawnNoNotices", cancellationToken).ConfigureAwait(false);
                return true;
            case RightsStep.ConfirmWithdraw when RightsWords.IsNo(text):
                await SayAsync(turnContext, "WithdrawKept", cancellationToken).ConfigureAwait(false);
                return true;
        }

        if (RightsWords.IsMyInformation(text))
        {
            profile.Step = RightsStep.Menu;
            var t = RightsText.Strings;
            await turnContext.SendActivityAsync(MessageFactory.SuggestedActions(
                [t.Get(turnContext, "MyInfoShowTitle"), t.Get(turnContext, "MyInfoExportTitle"), t.Get(turnContext, "MyInfoUnbindTitle"), t.Get(turnContext, "MyInfoWithdrawTitle")],
                t.Get(turnContext, "MyInfoMenu")), cancellationToken).ConfigureAwait(false);
            return true;
        }
        switch (RightsWords.Action(text, atMenu: step == RightsStep.Menu))
        {
            case RightsAction.Show:
                await ShowAsync(turnContext, user, footer: true, cancellationToken).ConfigureAwait(false);
                profile.Step = RightsStep.Menu;
                return true;
            case RightsAction.Export:
                await ExportAsync(turnContext, user, cancellationToken).ConfigureAwait(false);
                // Still at 「我的信息」: the footer's "3 解除绑定" means that, not the role menu's third item.
                profile.Step = RightsStep.Menu;
                return true;
            case RightsAction.Unbind:
                profile.Step = RightsStep.ConfirmUnbind;
                await AskAsync(turnContext, "UnbindConfirm", "UnbindYesTitle", "UnbindNoTitle", cancellationToken).ConfigureAwait(false);
                return true;
            case RightsAction.Withdraw:
                if (!(await rights.GetConsentAsync(user.Person.PersonId, cancellationToken).ConfigureAwait(false)).Given)
                {
                    await SayAsync(turnContext, "NothingToWithdraw", cancellationToken).ConfigureAwait(false);
                    return true;
                }
                profile.Step = RightsStep.ConfirmWithdraw;
                await AskAsync(turnContext, "WithdrawConfirm", "WithdrawYesTitle", "WithdrawNoTitle", cancellationToken).ConfigureAwait(false);
                return true;
            default:
                return false;
        }
    }

    private async Task<PersonDataSummary?> ShowAsync(ITurnContext turnContext, CurrentUser user, bool footer, CancellationToken ct)
    {
        var summary = await rights.SummaryAsync(user.Person.PersonId, ct).ConfigureAwait(false);
        if (summary is null) return null;
        var t = RightsText.Strings;
        var zone = KernelTurnState.GetTimeZone(turnContext);
        string Day(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        sb.AppendLine(t.Get(turnContext, "MyInfoHeader"));
        sb.AppendLine(t.Get(turnContext, "MyInfoPerson", summary.Name, InviteBinding.RoleName(turnContext, summary.Role), summary.Phone ?? t.Get(turnContext, "MyInfoNoPhone")));
        if (!string.IsNullOrWhiteSpace(summary.Workplace)) sb.AppendLine(t.Get(turnContext, "MyInfoWorkplace", summary.Workplace));
        foreach (var channel in summary.Channels) sb.AppendLine(t.Get(turnContext, "MyInfoChannel", ChannelName(turnContext, channel.ChannelId), Day(channel.BoundAt)));
        var c = summary.Consent;
        sb.AppendLine(c switch
        {
            { Given: true } => t.Get(turnContext, "MyInfoConsentGiven", c.TextVersion ?? "", Day(c.GivenAt!.Value)),
            { WithdrawnAt: { } w } when c.RefusedAt is null || w >= c.RefusedAt => t.Get(turnContext, "MyInfoConsentWithdrawn", Day(w)),
            { RefusedAt: { } r } => t.Get(turnContext, "MyInfoConsentRefused", Day(r)),
            _ => t.Get(turnContext, "MyInfoConsentNone"),
        });
        if (ConsentGate.Asks(user) && !c.Given) sb.AppendLine(t.Get(turnContext, "MyInfoChildrenHidden"));
        else if (summary.Children.Count == 0 && ConsentGate.Asks(user)) sb.AppendLine(t.Get(turnContext, "MyInfoNoChildren"));
        else
        {
            foreach (var child in summary.Children)
                sb.AppendLine(t.Get(turnContext, "MyInfoChild", child.Name, child.School, child.ClassName ?? "", child.Attendance, child.Notes, child.Letters, child.Questions, child.CallBookings, child.LeaveRequests));
        }
        if (footer) sb.Append(t.Get(turnContext, "MyInfoFooter"));
        await turnContext.SendActivityAsync(sb.ToString().TrimEnd(), ct).ConfigureAwait(false);
        return summary;
    }

    /// <summary>The summary in the chat, and where the channel can carry a file, the whole export as JSON to save.</summary>
    private async Task ExportAsync(ITurnContext turnContext, CurrentUser user, CancellationToken ct)
    {
        if (await ShowAsync(turnContext, user, footer: false, ct).ConfigureAwait(false) is null) return;
        var t = RightsText.Strings;
        if (!FileChannels.Contains(turnContext.Activity.ChannelId ?? ""))
        {
            await SayAsync(turnContext, "MyInfoExportNoFile", ct).ConfigureAwait(false);
            return;
        }
        var consented = !ConsentGate.Asks(user) || (await rights.GetConsentAsync(user.Person.PersonId, ct).ConfigureAwait(false)).Given;
        var export = await rights.ExportAsync(user.Person.PersonId, withChildren: consented, ct).ConfigureAwait(false);
        if (export is null) return;
        var day = TimeZoneInfo.ConvertTime(KernelTurnState.GetTimeProvider(turnContext).GetUtcNow(), KernelTurnState.GetTimeZone(turnContext)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var name = t.Get(turnContext, "MyInfoExportFileName", day);
        var bytes = Encoding.UTF8.GetBytes(export.ToJsonString(Indented));
        // A data: URL: the file never sits on the server, and only this conversation's client ever sees it.
        var file = new Attachment { ContentType = "application/json", Name = name, ContentUrl = "data:application/json;charset=utf-8;base64," + Convert.ToBase64String(bytes) };
        await turnContext.SendActivityAsync(MessageFactory.Attachment(file, t.Get(turnContext, "MyInfoExportFile", name)), ct).ConfigureAwait(false);
    }

    private static Task AskAsync(ITurnContext turnContext, string question, string yes, string no, CancellationToken ct)
    {
        var t = RightsText.Strings;
        return turnContext.SendActivityAsync(MessageFactory.SuggestedActions([t.Get(turnContext, yes), t.Get(turnContext, no)], t.Get(turnContext, question)), ct);
    }

    private static Task SayAsync(ITurnContext turnContext, string name, CancellationToken ct) =>
        turnContext.SendActivityAsync(RightsText.Strings.Get(turnContext, name), ct);

    private static readonly HashSet<string> NamedChannels = new(StringComparer.Ordinal) { Channels.DirectLine, Channels.Webchat, Channels.Msteams, Channels.Sms, Channels.Test, "wechat" };

    /// <summary>The channel as people call it (网页聊天, 微信, 短信); an unknown one by its id.</summary>
    private static string ChannelName(ITurnContext turnContext, string channelId) =>
        NamedChannels.Contains(channelId) ? RightsText.Strings.Get(turnContext, "ChannelName_" + channelId) : channelId;
}
