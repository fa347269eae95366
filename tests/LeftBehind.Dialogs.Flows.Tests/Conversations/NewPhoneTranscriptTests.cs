namespace LeftBehind.Tests.Conversations;

/// <summary>
/// Found playing the father on a second device in Chromium at 390×844: his code, already used on the first phone, was
/// "已经用过了 … 如果不是您本人用的，请联系班主任", and "我是王建军 换了手机" got the request for a code again. A person on
/// a new phone needs a new code from the head teacher (the console reissues it, 重新生成（换手机）); both answers say so
/// (the used code's answer: TeacherSecondDeviceTranscriptTests).
/// </summary>
public sealed class NewPhoneTranscriptTests
{
    [Theory]
    [InlineData("我是王建军 换了手机")]
    [InlineData("手机丢了，新手机怎么弄")]
    [InlineData("我换号了")]
    [InlineData("I got a new phone")]
    public async Task Saying_the_phone_is_new_is_told_how_to_get_a_new_code(string text)
    {
        await using var h = await ConversationHarness.CreateAsync();
        var phone = h.NewPhone("dad-new-phone");
        await phone.SendAsync(text);
        Assert.Matches("^(换了手机没关系：请找班主任要一个新的邀请码，收到后发到这里就能接着用。|No problem: please ask the head teacher for a new invite code and send it here to carry on\\.)$", phone.Reply());
        phone.NoMoreReplies();
    }
}
