using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Emergency;

/// <summary>
/// Played as 李红梅 raising an emergency that reaches 王德福: she types only 紧急情况 (her menu's own title). Those words
/// ask for an emergency, they do not say what happened: the family was sent 「【紧急】王小明：紧急情况」 and never asked
/// what happened. Now she is asked, as from the menu, and the family reads what she chose.
/// </summary>
public sealed class BareEmergencyRequestTranscriptTests
{
    [Theory]
    [InlineData("紧急情况")]
    [InlineData("紧急！")]
    public async Task A_teacher_who_types_only_紧急情况_is_asked_what_happened_and_the_grandfather_reads_it_not_the_words_紧急情况(string request)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var grandpa = await h.BoundPhoneAsync("yeye", "YEYE67");
        var teacher = await h.BoundPhoneAsync("li", "BZR789");

        // The emergency's own questions come at once (BareEmergencyAtPromptTranscriptTests): nobody is alerted before them.
        await teacher.SendAsync(request);
        Assert.StartsWith("是哪个孩子？\n1. 王小明", teacher.AllReplies());
        await teacher.SendAsync("1");
        Assert.StartsWith("出了什么事？\n1. 孩子找不到了", teacher.AllReplies());
        await teacher.SendAsync("1");
        Assert.Contains("王德福（监护人）", teacher.AllReplies());

        Assert.StartsWith("【紧急】王小明：孩子找不到了\n", grandpa.AllReplies());
        Assert.Equal(EmergencyKind.Missing, Assert.Single(await h.Get<IEmergencyService>().ListAsync(null, 10)).Kind);
    }

    [Fact]
    public async Task A_teacher_whose_first_message_says_what_happened_raises_it_at_once_with_her_words()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var grandpa = await h.BoundPhoneAsync("yeye", "YEYE67");
        var teacher = await h.BoundPhoneAsync("li", "BZR789");

        await teacher.SendAsync("紧急情况：王小明在操场摔伤了，已送镇医院");
        var replies = teacher.AllReplies();
        if (replies.StartsWith("要马上通知", StringComparison.Ordinal)) await teacher.SendAsync("1");

        Assert.StartsWith("【紧急】王小明：紧急情况：王小明在操场摔伤了，已送镇医院\n", grandpa.AllReplies());
    }
}
