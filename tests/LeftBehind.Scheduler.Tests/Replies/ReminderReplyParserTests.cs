using LeftBehind.Scheduler.Replies;

namespace LeftBehind.Tests.Scheduler;

public sealed class ReminderReplyParserTests
{
    [Theory]
    [InlineData("1", ReminderReply.Done)]
    [InlineData(" １ ", ReminderReply.Done)]
    [InlineData("回复1", ReminderReply.Done)]
    [InlineData("完成了", ReminderReply.Done)]
    [InlineData("已完成。", ReminderReply.Done)]
    [InlineData("2", ReminderReply.Later)]
    [InlineData("稍後", ReminderReply.Later)]
    [InlineData("3", ReminderReply.CannotDo)]
    [InlineData("Can't", ReminderReply.CannotDo)]
    [InlineData("5", null)]
    [InlineData("", null)]
    [InlineData("😀", null)]
    public void Digits_and_button_words_are_read_and_anything_else_is_not(string text, ReminderReply? expected)
    {
        var ok = ReminderReplyParser.TryParse(text, out var reply);
        Assert.Equal(expected is not null, ok);
        if (expected is not null) Assert.Equal(expected, reply);
    }
}
