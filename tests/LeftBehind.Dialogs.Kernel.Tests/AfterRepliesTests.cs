using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Dialogs.Testing;

namespace LeftBehind.Tests.Kernel;

/// <summary>
/// A turn's replies go out once its state is saved; work it sets off that reaches the same person another way (a
/// mailbox released on binding) must wait until they are out, or it arrives before "绑定成功" (found playing).
/// </summary>
public sealed class AfterRepliesTests
{
    [Fact]
    public async Task Work_asked_for_after_the_replies_runs_once_the_turns_replies_are_sent()
    {
        var dialog = new BindDialog();
        var client = new DialogTestClient(Channels.Test, dialog);
        dialog.Client = client;

        await client.SendActivityAsync("BABA23");

        Assert.Equal(["绑定成功", "您要做什么？"], dialog.SentBeforeFollowUp);
        Assert.Equal(1, dialog.FollowUps);
    }

    private sealed class BindDialog() : Dialog("bind")
    {
        public DialogTestClient? Client { get; set; }
        public List<string?> SentBeforeFollowUp { get; } = [];
        public int FollowUps { get; private set; }

        public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
        {
            await dc.Context.SendActivityAsync("绑定成功", cancellationToken);
            KernelTurnState.AfterReplies(dc.Context, _ =>
            {
                FollowUps++;
                for (var reply = Client!.GetNextReply(); reply is not null; reply = Client.GetNextReply()) SentBeforeFollowUp.Add(reply.Text);
                return Task.CompletedTask;
            });
            await dc.Context.SendActivityAsync("您要做什么？", cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }
    }
}
