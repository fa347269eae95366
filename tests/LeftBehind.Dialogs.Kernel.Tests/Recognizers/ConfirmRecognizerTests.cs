using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Tests.Kernel;

public sealed class ConfirmRecognizerTests
{
    [Theory]
    // zh-CN
    [InlineData("是", true)]
    [InlineData("是的", true)]
    [InlineData("好", true)]
    [InlineData("好的", true)]
    [InlineData("好的呀！", true)]
    [InlineData("对", true)]
    [InlineData("嗯", true)]
    [InlineData("行", true)]
    [InlineData("可以", true)]
    [InlineData("不", false)]
    [InlineData("不是", false)]
    [InlineData("不用", false)]
    [InlineData("不要", false)]
    [InlineData("没有", false)]
    // zh-TW
    [InlineData("對", true)]
    [InlineData("確定", true)]
    [InlineData("沒有", false)]
    [InlineData("不對", false)]
    // en
    [InlineData("yes", true)]
    [InlineData("Y", true)]
    [InlineData("OK", true)]
    [InlineData("okay.", true)]
    [InlineData("No", false)]
    [InlineData("n", false)]
    [InlineData("nope", false)]
    // button numbers on SMS
    [InlineData("1", true)]
    [InlineData("２", false)]
    public void Recognises_yes_and_no_in_three_languages(string text, bool expected) =>
        Assert.Equal(expected, ConfirmRecognizer.Recognize(text));

    [Theory]
    [InlineData("")]
    [InlineData("😀")]
    [InlineData("是不是")]
    [InlineData("maybe")]
    [InlineData("我不知道")]
    [InlineData("yes不")]
    public void Anything_else_is_neither(string text) => Assert.Null(ConfirmRecognizer.Recognize(text));

    [Fact]
    public void A_pasted_essay_is_neither() => Assert.Null(ConfirmRecognizer.Recognize(new string('是', 5000)));
}
