using LeftBehind.Archive.Data;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Tests.PhoneChannels;

/// <summary>
/// A grandfather on a feature phone stops the notices the way he types: with a full stop, a space, in lower case, in
/// the middle of a question the service asked. Through the provider's callback, the real bot and the real database.
/// </summary>
public sealed class SmsOptOutWordingTests
{
    [Theory]
    [InlineData("退订。")]
    [InlineData(" 退订！")]
    [InlineData("t d")]
    [InlineData("TD.")]
    public async Task A_grandfather_who_replies_退订_with_punctuation_in_the_middle_of_a_question_is_opted_out_and_told_so(string reply)
    {
        using var host = await PhoneHost.StartAsync("Tencent");
        await host.ReplyAsync(PhoneHost.GrandpaPhone, "告诉孩子爸妈");
        Assert.StartsWith("说哪个孩子的事", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);

        await host.ReplyAsync(PhoneHost.GrandpaPhone, reply);

        Assert.StartsWith("已退订", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);
        await using var db = await host.Get<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync();
        Assert.Equal(PhoneHost.GrandpaPhone, (await db.PhoneOptOuts.AsNoTracking().SingleAsync()).Phone);

        await host.ReplyAsync(PhoneHost.GrandpaPhone, "订阅。");
        Assert.StartsWith("已恢复短信通知", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);
    }
}
