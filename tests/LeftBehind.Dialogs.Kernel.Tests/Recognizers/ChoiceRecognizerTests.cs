using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Tests.Kernel;

public sealed class ChoiceRecognizerTests
{
    private static readonly Choice[] Choices = [new("小明", ["明明", "Ming"]), new("小红"), new("其他孩子")];

    [Theory]
    [InlineData("1", 0)]
    [InlineData("回复1", 0)]
    [InlineData("回覆 1", 0)]
    [InlineData("２", 1)]
    [InlineData("第二个", 1)]
    [InlineData("三", 2)]
    [InlineData("option 3", 2)]
    [InlineData("小红", 1)]
    [InlineData("小紅", -1)]
    [InlineData("明明", 0)]
    [InlineData("ming", 0)]
    [InlineData("我选小红吧", 1)]
    [InlineData("其他孩子。", 2)]
    [InlineData("4", -1)]
    [InlineData("0", -1)]
    [InlineData("", -1)]
    [InlineData("😀", -1)]
    [InlineData("小明和小红", -1)]
    public void Picks_by_number_title_synonym_or_unique_mention(string text, int expectedIndex)
    {
        var found = ChoiceRecognizer.Recognize(text, Choices);
        Assert.Equal(expectedIndex, found?.Index ?? -1);
    }

    [Fact]
    public void A_pasted_essay_picks_nothing() => Assert.Null(ChoiceRecognizer.Recognize(new string('1', 5000), Choices));
}
