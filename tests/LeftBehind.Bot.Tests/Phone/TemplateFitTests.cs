using LeftBehind.Bot.Phone;
using LeftBehind.Scheduler.Quartz;
using LeftBehind.Scheduler.Replies;

namespace LeftBehind.Tests.PhoneChannels;

/// <summary>Template variables are made to pass the providers' variable rules before sending, never refused for a predictable reason.</summary>
public sealed class TemplateFitTests
{
    private static ProviderTemplate Template(int max, OverflowMode overflow = OverflowMode.Split) => new()
    {
        TemplateId = "1001",
        Rules = { ["text"] = new VariableRule { MaxLength = max } },
        Overflow = overflow,
    };

    [Fact]
    public void A_text_longer_than_its_variable_is_split_in_order_at_a_line_or_sentence_end_and_nothing_is_lost()
    {
        const string text = "请回复数字，告诉我们这个月的两地书写了吗？\n1 已完成\n2 稍后\n3 做不到";
        var pieces = TemplateFit.Fit(Template(12), [text]).Select(p => Assert.Single(p)).ToList();
        Assert.All(pieces, p => Assert.InRange(TemplateFit.Length(p), 1, 12));
        Assert.Equal(text.Replace("\n", ""), string.Concat(pieces).Replace("\n", ""));
        // The numbered replies are whole lines: a line break in the window is preferred to any other cut.
        Assert.Contains(pieces, p => p.Contains("2 稍后", StringComparison.Ordinal));
        Assert.EndsWith("3 做不到", pieces[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Truncation_keeps_within_the_limit_ends_with_an_ellipsis_and_never_cuts_a_character_in_half()
    {
        var cut = Assert.Single(Assert.Single(TemplateFit.Fit(Template(6, OverflowMode.Truncate), ["小明今天😀在学校很好"])));
        Assert.Equal("小明今天😀…", cut);
        Assert.Equal(6, TemplateFit.Length(cut));
        var call = TemplateFit.FitOne(Template(6), ["小明今天😀在学校很好"]);
        Assert.Equal(["小明今天😀…"], call);
    }

    [Fact]
    public void Links_are_taken_out_brackets_that_read_as_a_signature_are_replaced_and_number_variables_keep_digits()
    {
        var template = new ProviderTemplate
        {
            TemplateId = "1001",
            Parameters = ["text", "code"],
            Rules = { ["code"] = new VariableRule { Kind = VariableKind.Number, MaxLength = 6 } },
        };
        var values = Assert.Single(TemplateFit.Fit(template, ["【通知】详情见 https://evil.example/x 明天开会", "No. 12-34"]));
        Assert.Equal(["（通知）详情见 明天开会", "1234"], values);
    }

    [Fact]
    public async Task A_monthly_prompt_too_long_for_a_12_character_variable_goes_as_several_sms_none_refused_and_1_still_answers_it()
    {
        using var host = await PhoneHost.StartAsync("Tencent", s => s["Sms:Templates:Default:Rules:text:MaxLength"] = "12");
        host.Simulator.VariableLimits["1001"] = 12;
        var grandpa = await host.PersonAsync("王德福");
        await host.RunJobAsync(JobNames.MonthlyLetter);
        await host.DrainAsync();

        var texts = host.SmsTo(PhoneHost.GrandpaPhone);
        Assert.True(texts.Count > 1);
        Assert.All(texts, t => Assert.InRange(TemplateFit.Length(t), 1, 12));
        Assert.Contains(texts, t => t.Contains("1 已完成", StringComparison.Ordinal));
        Assert.Empty(host.Simulator.Refusals);
        Assert.Equal(texts.Count, (await host.SendsAsync(PhoneHost.GrandpaPhone)).Count);

        await host.ReplyAsync(PhoneHost.GrandpaPhone, "1");
        Assert.Equal(1, (await host.Get<IReminderReplies>().CountAsync([grandpa], 2026, 11)).Done);
        Assert.Empty(host.Simulator.Refusals);
    }

    [Fact]
    public async Task The_simulator_refuses_an_overlong_variable_as_the_provider_would_when_no_rule_is_configured()
    {
        using var host = await PhoneHost.StartAsync("Aliyun");
        host.Simulator.VariableLimits["SMS_1001"] = 12;
        await host.RunJobAsync(JobNames.MonthlyLetter);
        await host.DrainAsync();
        Assert.Contains("isv.PARAM_LENGTH_LIMIT", host.Simulator.Refusals);
    }
}
