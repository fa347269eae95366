using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Tests.Kernel;

public sealed class NumberRecognizerTests
{
    [Theory]
    [InlineData("3", 3)]
    [InlineData(" ３ ", 3)]
    [InlineData("１２", 12)]
    [InlineData("三", 3)]
    [InlineData("十二", 12)]
    [InlineData("两", 2)]
    [InlineData("兩個", 2)]
    [InlineData("二十五", 25)]
    [InlineData("零", 0)]
    [InlineData("一百零五", 105)]
    [InlineData("两千三", 2300)]
    [InlineData("三万五", 35000)]
    [InlineData("叁拾", 30)]
    [InlineData("3个", 3)]
    [InlineData("8岁", 8)]
    [InlineData("1,000", 1000)]
    [InlineData("3.5", 3.5)]
    [InlineData("三点五", 3.5)]
    [InlineData("-2", -2)]
    [InlineData("负五", -5)]
    [InlineData("three", 3)]
    [InlineData("Twenty-Five", 25)]
    public void Recognises_numbers_in_every_script(string text, double expected)
    {
        Assert.True(NumberRecognizer.TryRecognize(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("😀")]
    [InlineData("😀😀😀")]
    [InlineData("3个apple")]
    [InlineData("abc")]
    [InlineData("三天后再说")]
    [InlineData("1,00")]
    public void Rejects_what_is_not_a_number(string text) =>
        Assert.False(NumberRecognizer.TryRecognize(text, out _));

    [Fact]
    public void Rejects_a_pasted_essay_without_scanning_it() =>
        Assert.False(NumberRecognizer.TryRecognize(new string('1', 5000), out _));

    [Theory]
    [InlineData("99", "RetryNumberRange")]
    [InlineData("0", "RetryNumberRange")]
    [InlineData("2.5", "RetryNumber")]
    [InlineData("😀", "RetryNumber")]
    [InlineData("99999999999999999999", "RetryNumberRange")]
    public void Number_prompt_explains_why_input_is_refused(string text, string retryKey)
    {
        var result = NumberPrompt<int>.Recognize(text, new PromptOptions { MinValue = 1, MaxValue = 30 });
        Assert.False(result.Succeeded);
        Assert.Equal(retryKey, result.RetryKey);
    }

    [Fact]
    public void Number_prompt_refuses_values_outside_the_type_range()
    {
        var result = NumberPrompt<int>.Recognize("99999999999", new PromptOptions());
        Assert.False(result.Succeeded);
        Assert.Equal("RetryNumberRange", result.RetryKey);
    }
}
