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
    // dialect and chat
    [InlineData("中", true)]
    [InlineData("中嘞", true)]
    [InlineData("不中", false)]
    [InlineData("管", true)]
    [InlineData("管嘞", true)]
    [InlineData("不是不是", false)]
    [InlineData("没有没有", false)]
    [InlineData("要得", true)]
    [InlineData("好嘞", true)]
    [InlineData("成", true)]
    [InlineData("嗯嗯", true)]
    [InlineData("好好好", true)]
    [InlineData("👌", true)]
    [InlineData("👌🏽", true)]
    [InlineData("👌🏿👌🏻", true)]
    [InlineData("👍", true)]
    [InlineData("不了", false)]
    [InlineData("算了吧", false)]
    [InlineData("不用了谢谢", false)]
    [InlineData("可以的", true)]
    [InlineData("行吧", true)]
    [InlineData("確定啊", true)]
    // an answer, then why
    [InlineData("不是，我说是7月4号", false)]
    [InlineData("对，我说不要洋葱", true)]
    [InlineData("我觉得可以，同意", true)]
    [InlineData("yes... I said no onions", true)]
    [InlineData("I said NO not yes!", false)]
    [InlineData("Yeah that sounds good.", true)]
    [InlineData("it's not ok", false)]
    // button numbers on SMS
    [InlineData("1", true)]
    [InlineData("２", false)]
    public void Recognises_yes_and_no_in_three_languages(string text, bool expected) =>
        Assert.Equal(expected, ConfirmRecognizer.Recognize(text));

    [Theory]
    [InlineData("")]
    [InlineData("😀")]
    [InlineData("是不是")]
    [InlineData("中不中")]
    [InlineData("行不行啊")]
    [InlineData("好不好")]
    [InlineData("可不可以")]
    [InlineData("maybe")]
    [InlineData("我不知道")]
    [InlineData("yes不要")]
    [InlineData("agree, it is not ok")]
    [InlineData("同意，不同意")]
    [InlineData("中国")]
    [InlineData("银行")]
    public void Anything_else_is_neither(string text) => Assert.Null(ConfirmRecognizer.Recognize(text));

    [Fact]
    public void A_pasted_essay_is_neither() => Assert.Null(ConfirmRecognizer.Recognize(new string('是', 5000)));
}
