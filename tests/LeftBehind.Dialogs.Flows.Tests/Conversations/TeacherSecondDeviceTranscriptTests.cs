namespace LeftBehind.Tests.Conversations;

/// <summary>
/// Found playing the head teacher 李红梅 on a second phone: her own code, already used on the first, was refused with
/// "如果不是您本人用的，请联系班主任" — she is the head teacher. A teacher's code sends her to the school's
/// administrator, who issues teachers' codes; a family's code still sends them to the head teacher.
/// </summary>
public sealed class TeacherSecondDeviceTranscriptTests
{
    [Fact]
    public async Task The_head_teacher_binding_a_second_phone_with_her_used_code_is_sent_to_the_school_admin()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var first = h.NewPhone("li-phone");
        await first.SendAsync(ConversationHarness.HeadTeacher);
        first.AllReplies();

        var second = h.NewPhone("li-tablet");
        await second.SendAsync(ConversationHarness.HeadTeacher);
        var answer = second.Reply();
        Assert.Equal("邀请码「BZR789」已经用过了。每个邀请码只能用一次；要在另一台设备上用，或者不是您本人用的，请联系学校管理员。", answer);
        Assert.DoesNotContain("班主任", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_familys_used_code_still_sends_them_to_the_head_teacher()
    {
        await using var h = await ConversationHarness.CreateAsync();
        await h.NewPhone("dad").SendAsync("BABA23");
        var other = h.NewPhone("dad-second-phone");
        await other.SendAsync("BABA23");
        Assert.Equal("邀请码「BABA23」已经用过了，每个邀请码只能用一次。换了手机请找班主任要一个新的邀请码；不是您本人用的，也请告诉班主任。", other.Reply());
    }
}
