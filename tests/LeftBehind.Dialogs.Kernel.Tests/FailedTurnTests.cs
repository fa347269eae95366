using LeftBehind.Dialogs.Schema;
using LeftBehind.Dialogs.Testing;

namespace LeftBehind.Tests.Kernel;

/// <summary>
/// Found playing the paired teacher: a step that threw left its question on the dialog stack, so every later message
/// met the same step and the same error ("抱歉，刚才出了点问题") until the user happened to send "0". A failed turn
/// now leaves the conversation at its start: the next message is answered afresh.
/// </summary>
public sealed class FailedTurnTests
{
    [Fact]
    public async Task After_a_step_fails_the_next_message_starts_the_conversation_over_instead_of_failing_again()
    {
        var storage = KernelStorages.Sqlite(KernelStorages.NewSqlitePath());
        var client = new DialogTestClient(Channels.Test, new FailingStepDialog(), storage: storage);
        await client.Flow().Send("家访").AssertReply("哪天？").StartTestAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.Flow().Send("1").StartTestAsync());

        await client.Flow().Send("家访").AssertReply("哪天？").StartTestAsync();
        await Assert.ThrowsAsync<InvalidOperationException>(() => client.Flow().Send("明天").StartTestAsync());
    }
}
