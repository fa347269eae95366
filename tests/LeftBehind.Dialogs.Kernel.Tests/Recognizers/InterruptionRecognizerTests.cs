using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Tests.Kernel;

public sealed class InterruptionRecognizerTests
{
    [Theory]
    [InlineData("帮助", Interruption.Help)]
    [InlineData("幫助", Interruption.Help)]
    [InlineData("help", Interruption.Help)]
    [InlineData("?", Interruption.Help)]
    [InlineData("？", Interruption.Help)]
    [InlineData("算了", Interruption.Cancel)]
    [InlineData("算了吧", Interruption.Cancel)]
    [InlineData("取消", Interruption.Cancel)]
    [InlineData("Cancel", Interruption.Cancel)]
    [InlineData("quit", Interruption.Cancel)]
    [InlineData("点错了", Interruption.Cancel)]
    [InlineData("没事 点错了", Interruption.Cancel)]
    [InlineData("不好意思，按错了", Interruption.Cancel)]
    [InlineData("發錯了", Interruption.Cancel)]
    [InlineData("老师把小明的名字写错了", Interruption.None)]
    [InlineData("没事", Interruption.None)]
    [InlineData("菜单", Interruption.Menu)]
    [InlineData("選單", Interruption.Menu)]
    [InlineData("MENU", Interruption.Menu)]
    [InlineData("我不想取消", Interruption.None)]
    [InlineData("帮助我的孩子", Interruption.None)]
    [InlineData("", Interruption.None)]
    [InlineData("😀", Interruption.None)]
    public void Only_whole_message_commands_interrupt(string text, Interruption expected) =>
        Assert.Equal(expected, InterruptionRecognizer.Recognize(text));
}
