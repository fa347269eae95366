namespace LeftBehind.Tests.PhoneChannels;

/// <summary>
/// Played as 王德福 on a feature phone with pinyin input: his 收到 comes out as a homophone (手到, 首到, 受到). It is his
/// acknowledgement, not news: before, 「（紧急·王小明）王德福（监护人）：手到」 went to the whole family as an urgent SMS.
/// </summary>
public sealed class SmsAcknowledgementTypoTests
{
    private const string TeacherPhone = "+8613900000099";

    [Theory]
    [InlineData("手到")]
    [InlineData("首到")]
    [InlineData("受到")]
    [InlineData("收道")]
    public async Task A_grandfather_whose_收到_comes_out_as_a_homophone_has_acknowledged_the_alert_and_the_family_gets_no_urgent_sms_of_his_typo(string typo)
    {
        using var host = await PhoneHost.StartAsync("Tencent");
        await host.SetPhoneAsync("李红梅", "13900000099");
        await host.ReplyAsync(TeacherPhone, "王小明下午没来学校，家里也说没回去，紧急");
        await host.ReplyAsync(TeacherPhone, "1");
        Assert.Contains(host.SmsTo(PhoneHost.GrandpaPhone), t => t.StartsWith("（紧急）王小明", StringComparison.Ordinal));

        await host.ReplyAsync(PhoneHost.GrandpaPhone, typo);

        Assert.Equal("已确认收到（王小明）。谢谢！", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);
        Assert.Contains(host.SmsTo(TeacherPhone), t => t.Contains("王德福（监护人）已确认收到", StringComparison.Ordinal));
        Assert.DoesNotContain(host.SmsTo(PhoneHost.DadPhone), t => t.Contains(typo, StringComparison.Ordinal));
    }
}
