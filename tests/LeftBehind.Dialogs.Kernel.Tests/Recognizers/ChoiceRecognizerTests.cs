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
    [InlineData("小紅", 1)]
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

    [Theory]
    [InlineData("病", "生病", "生病|有事")]
    [InlineData("生病了", "生病", "生病|有事")]
    [InlineData("孩子有点事", "有事", "生病|有事")]
    [InlineData("寄吧", "寄出", "寄出|重写|不寄了")]
    [InlineData("那就寄出吧", "寄出", "寄出|重写|不寄了")]
    [InlineData("不寄", "不寄了", "寄出|重写|不寄了")]
    [InlineData("小明", "王小明", "王小明|王小红")]
    [InlineData("对不对", null, "对|不对")]
    [InlineData("中不中", null, "对|不对")]
    [InlineData("管", "对", "对|不对")]
    [InlineData("小紅", "王小红", "王小明|王小红")]
    [InlineData("小明今天去了吗", "王小明", "王小明|王小红")]
    [InlineData("ＭＭ６ＷＰＡ", "MM6WPA", "MM6WPA|other")]
    [InlineData("english", "English", "中文|English")]
    [InlineData("asdkjh qwe", null, "Attendance|Ask the teacher")]
    public void Meets_people_halfway(string text, string? expected, string titles)
    {
        var found = ChoiceRecognizer.Recognize(text, titles.Split('|').Select(t => new Choice(t)).ToList());
        Assert.Equal(expected, found?.Value);
    }

    [Fact]
    public void An_answer_that_fits_two_options_names_both()
    {
        Choice[] children = [new("王小明"), new("李小明"), new("王小红")];
        var found = ChoiceRecognizer.Candidates("小明", children);
        Assert.Equal(["王小明", "李小明"], found.Select(f => f.Value));
        Assert.Null(ChoiceRecognizer.Recognize("小明", children));
    }

    [Fact]
    public void A_number_inside_a_sentence_is_not_an_option_number() =>
        Assert.Equal("王小明", ChoiceRecognizer.Recognize("小明3岁", [new Choice("王小红"), new Choice("王小明"), new Choice("其他")])?.Value);

    [Fact]
    public void A_pasted_essay_picks_nothing() => Assert.Null(ChoiceRecognizer.Recognize(new string('1', 5000), Choices));
}
