using LeftBehind.Dialogs.Care;

namespace LeftBehind.Tests.Care;

/// <summary>A parent names the temporary guardian's parts in any order, in one message.</summary>
public sealed class GuardianDetailsTests
{
    [Theory]
    [InlineData("王桂芳 孩子姑姑 13800138000", "王桂芳", "姑姑", "13800138000")]
    [InlineData("13800138000 王桂芳 姑姑", "王桂芳", "姑姑", "13800138000")]
    [InlineData("姑姑王桂芳，电话：138 0013 8000", "王桂芳", "姑姑", "13800138000")]
    [InlineData("王桂芳是孩子的姑姑", "王桂芳", "姑姑", null)]
    [InlineData("王桂芳，孩子的姑姑", "王桂芳", "姑姑", null)]
    [InlineData("临时监护人 王桂芳 舅妈 １３８００１３８０００", "王桂芳", "舅妈", "13800138000")]
    [InlineData("她姑姑，电话13800138000", null, "姑姑", "13800138000")]
    [InlineData("王阿姨", "王阿姨", null, null)]
    [InlineData("周大姐", "周大姐", null, null)]
    [InlineData("邻居", null, "邻居", null)]
    [InlineData("臨時監護人 王桂芳是孩子的姑姑，電話13800138000", "王桂芳", "姑姑", "13800138000")]
    public void Each_part_is_found_wherever_it_stands(string text, string? name, string? relation, string? phone) =>
        Assert.Equal(new GuardianDetails(name, relation, phone), GuardianDetails.Parse(text));

    [Fact]
    public void A_part_already_known_is_kept_when_a_later_answer_gives_it_again() =>
        Assert.Equal(new GuardianDetails("王桂芳", "姑姑", "13800138000"),
            new GuardianDetails("王桂芳", null, "13800138000").Merge(new GuardianDetails("桂芳", "姑姑", "13900000000")));
}
