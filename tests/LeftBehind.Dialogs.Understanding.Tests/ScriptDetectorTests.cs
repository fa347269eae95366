using LeftBehind.Dialogs.Understanding;

namespace LeftBehind.Tests.Understanding;

public sealed class ScriptDetectorTests
{
    [Theory]
    [InlineData("娃这周去学校没", null, "zh-Hans")]
    [InlineData("孩子今天有沒有去學校", null, "zh-Hant")]
    [InlineData("did my son go to school today", null, "en")]
    [InlineData("老师，my son 今天没去学校", null, "zh-Hans")]
    [InlineData("請假 ok", null, "zh-Hant")]
    [InlineData("ok 好", "zh-TW", "zh-Hant")]
    [InlineData("好", "zh-CN", "zh-Hans")]
    [InlineData("123", "en-US", "en")]
    [InlineData("👍", null, "zh-Hans")]
    public void Script_is_told_by_character_statistics_and_the_hint_breaks_ties(string text, string? hint, string expected)
    {
        Assert.Equal(expected, ScriptDetector.Detect(text, hint));
    }

    [Fact]
    public void Traditional_text_folds_onto_simplified_for_the_lexicons()
    {
        Assert.Equal("孙子在河边玩水一直没回来", ChineseScript.Fold("孫子在河邊玩水一直沒回來"));
    }
}
