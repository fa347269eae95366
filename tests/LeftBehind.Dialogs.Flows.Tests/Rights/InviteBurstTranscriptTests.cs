using LeftBehind.Archive;
using LeftBehind.Tests.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Tests.Rights;

/// <summary>Issue #14, item 3: the school is told of a burst of wrong invite codes, through the bot, once.</summary>
public sealed class InviteBurstTranscriptTests
{
    [Fact]
    public async Task A_burst_of_wrong_codes_from_many_conversations_is_told_to_the_head_teacher_once()
    {
        await using var h = await ConversationHarness.CreateAsync(s => s.Configure<ArchiveOptions>(o => o.InviteFailureBurstPerHour = 4));
        var teacher = h.NewPhone("li");
        await teacher.SendAsync("BZR789");
        teacher.AllReplies();
        // One guess per conversation, as a script rotating conversations would.
        for (var i = 0; i < 6; i++)
        {
            var guesser = h.NewPhone("guesser-" + i);
            await guesser.SendAsync("K7P2-QX9M-3RT" + "ABCDEF"[i]);
            Assert.StartsWith("邀请码「", guesser.Reply());
        }
        var told = teacher.AllReplies();
        Assert.StartsWith("【安全提醒】过去一小时有人输错了 4 次邀请码", told);
        Assert.Equal(1, told.Split("【安全提醒】").Length - 1);
    }
}
