using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Understanding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Tests.Understanding;

public sealed class PiiRedactorTests
{
    private readonly PiiRedactor _redactor = new();

    [Theory]
    [InlineData("孩子身份证11010519491231002X请核对", "孩子身份证[ID]请核对")]
    [InlineData("身份证 110105 19491231 002X", "身份证 [ID]")]
    [InlineData("证件330106201507082211，谢谢", "证件[ID]，谢谢")]
    [InlineData("号码是43052220120315164x。", "号码是[ID]。")]
    public void Id_numbers_with_a_valid_checksum_are_redacted(string text, string expected)
    {
        Assert.Equal(expected, _redactor.Redact(text));
    }

    [Fact]
    public void An_id_shaped_number_with_a_wrong_checksum_or_random_digits_is_left_alone()
    {
        Assert.False(ChineseIdNumber.IsValid("430522201203151645"));
        Assert.False(Luhn.IsValid("430522201203151645"));
        Assert.Equal("订单号430522201203151645已发货", _redactor.Redact("订单号430522201203151645已发货"));
        Assert.Equal("编号130481726354819027", _redactor.Redact("编号130481726354819027"));
    }

    [Theory]
    [InlineData("工资卡6222020200112345679帮我查一下", "工资卡[CARD]帮我查一下")]
    [InlineData("卡号 6217 0012 3456 7893", "卡号 [CARD]")]
    public void Bank_cards_passing_luhn_are_redacted(string text, string expected)
    {
        Assert.Equal(expected, _redactor.Redact(text));
    }

    [Fact]
    public void A_card_shaped_number_failing_luhn_is_left_alone()
    {
        Assert.Equal("流水号6217001234567894", _redactor.Redact("流水号6217001234567894"));
    }

    [Theory]
    [InlineData("我电话13812345678有事打", "我电话[PHONE]有事打")]
    [InlineData("打+86 138-1234-5678找我", "打[PHONE]找我")]
    [InlineData("奶奶手机+8615912345678", "奶奶手机[PHONE]")]
    [InlineData("号码 139 1234 5678", "号码 [PHONE]")]
    [InlineData("手机１３８１２３４５６７８", "手机[PHONE]")]
    [InlineData("学校电话0739-8123456转12", "学校电话[PHONE]")]
    [InlineData("call me on (0755)26123456", "call me on [PHONE]")]
    public void Phone_numbers_are_redacted_with_or_without_country_code_spaces_and_dashes(string text, string expected)
    {
        Assert.Equal(expected, _redactor.Redact(text));
    }

    [Fact]
    public void Short_numbers_times_and_amounts_are_kept()
    {
        const string text = "娃考了98分，明天8点到校，学费1200元，邀请码482913";
        Assert.Equal(text, _redactor.Redact(text));
    }

    [Theory]
    [InlineData("寄到湖南省邵阳市隆回县六都寨镇石门村3组", "寄到[ADDRESS]")]
    [InlineData("我住在深圳市宝安区福永街道凤凰路12号3栋2单元501室", "我住在[ADDRESS]")]
    [InlineData("地址：台北市大安區復興南路一段100號", "地址：[ADDRESS]")]
    public void Addresses_are_redacted(string text, string expected)
    {
        Assert.Equal(expected, _redactor.Redact(text));
    }

    [Fact]
    public void Everyday_words_with_place_characters_are_kept()
    {
        const string text = "放学路上去超市买了本子，孩子在市区上学";
        Assert.Equal(text, _redactor.Redact(text));
    }

    [Fact]
    public void The_redactor_is_the_registered_kernel_text_redactor()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ITextRedactor, PassThrough>();
        services.AddTextAnalysis(new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();

        var redactor = provider.GetRequiredService<ITextRedactor>();

        Assert.IsType<PiiRedactor>(redactor);
    }

    private sealed class PassThrough : ITextRedactor
    {
        public string Redact(string text) => text;
    }
}
