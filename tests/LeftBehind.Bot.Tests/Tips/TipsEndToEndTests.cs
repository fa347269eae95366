using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Tips;
using LeftBehind.Scheduler.Quartz;
using LeftBehind.Tests.Bot;
using LeftBehind.Tests.PhoneChannels;

namespace LeftBehind.Tests.Tips;

/// <summary>
/// 家长学校 / 家长课堂 through the real path: the tips job writes the real outbox, the dispatcher's policy picks the
/// person's channel, the tip reaches a father in Web Chat (built-in Direct Line, as botframework-directlinejs calls it)
/// and a grandfather with only a feature phone by SMS (the provider simulator, signatures checked by the provider's
/// SDK); their 1 / 2 / 停 come back the way each channel carries them and are recorded in the database.
/// </summary>
public sealed class TipsEndToEndTests
{
    /// <summary>Thursday 19 November 2026, 19:00 in Shanghai: a tip evening.</summary>
    private static readonly DateTimeOffset Thursday1900 = new(2026, 11, 19, 11, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_father_in_web_chat_gets_a_parents_class_tip_rates_it_useful_and_stops_the_tips()
    {
        using var host = await PhoneHost.StartAsync("Tencent");
        // He opens Web Chat just before the tip evening (a Direct Line token lives 30 minutes).
        host.Time.SetUtcNow(Thursday1900.AddMinutes(-5));
        var dl = new DirectLineClient(host.Http);
        var conversation = await dl.StartAsync();
        await dl.PostMessageAsync(conversation, "BABA23", "c1");
        var (_, watermark) = await dl.GetAsync(conversation, null);
        var father = await host.PersonAsync("王建军");

        host.Time.SetUtcNow(Thursday1900);
        Assert.True(await host.RunJobAsync(JobNames.Tips) > 0);
        await host.DrainAsync();

        var (activities, afterTip) = await dl.GetAsync(conversation, watermark);
        var tip = Assert.Single(activities, a => Text(a).StartsWith("【家长课堂】", StringComparison.Ordinal));
        Assert.EndsWith("有用回1，没用回2；不想再收，回“停”。", Text(tip));
        Assert.Equal(["1", "2"], tip.GetProperty("suggestedActions").GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("value").GetString()).ToList());
        // The father has a phone number too: a chat reached him, so no SMS was spent.
        Assert.DoesNotContain(host.Simulator.Sms, m => m.Phone == PhoneHost.DadPhone);

        await dl.PostMessageAsync(conversation, "1", "c2");
        var (thanks, afterThanks) = await dl.GetAsync(conversation, afterTip);
        Assert.Contains(thanks, a => Text(a) == "谢谢您，记下了：有用。以后多发这一类。");
        var sends = (await host.Get<ITipService>().GetSendsAsync([father]))[father];
        Assert.Equal(TipFeedback.Useful, Assert.Single(sends).Feedback);

        await dl.PostMessageAsync(conversation, "停", "c3");
        var (stopped, afterStop) = await dl.GetAsync(conversation, afterThanks);
        Assert.Contains(stopped, a => Text(a) == "好的，不再给您发小贴士了。想再收，回“开始”。");

        Assert.True(await host.Get<ITipService>().IsStoppedAsync(father));
        Assert.Empty((await dl.GetAsync(conversation, afterStop)).Activities);

        // Saturday's tip evening: nothing for him; the grandfather (by SMS) still gets his.
        host.Time.SetUtcNow(Thursday1900.AddDays(2));
        await host.RunJobAsync(JobNames.Tips);
        await host.DrainAsync();
        Assert.Single((await host.Get<ITipService>().GetSendsAsync([father]))[father]);
        Assert.Equal(2, host.SmsTo(PhoneHost.GrandpaPhone).Count(t => t.StartsWith("（家长学校）", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Tencent")]
    [InlineData("Aliyun")]
    public async Task A_grandfather_with_a_feature_phone_gets_the_tip_by_sms_answers_2_then_停_and_gets_no_more(string provider)
    {
        using var host = await PhoneHost.StartAsync(provider);
        var grandpa = await host.PersonAsync("王德福");
        host.Time.SetUtcNow(Thursday1900);
        await host.RunJobAsync(JobNames.Tips);
        await host.DrainAsync();

        var sms = Assert.Single(host.Simulator.Sms, m => m.Phone == PhoneHost.GrandpaPhone);
        Assert.StartsWith("（家长学校）", sms.Text);
        Assert.Contains("有用回1，没用回2；不想再收，回“停”。", sms.Text);
        Assert.Empty(host.Simulator.Refusals);
        var sent = Assert.Single((await host.Get<ITipService>().GetSendsAsync([grandpa]))[grandpa]);
        var tip = (await host.Get<ITipService>().GetAsync(sent.TipId))!;
        Assert.Contains(tip.TextZhCn, sms.Text);
        Assert.Equal(TipAudience.Guardian, tip.Audience);

        await host.ReplyAsync(PhoneHost.GrandpaPhone, "2");
        Assert.Equal("谢谢您，记下了：没用。以后少发这一类。", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);
        Assert.Equal(TipFeedback.NotUseful, (await host.Get<ITipService>().GetSendsByKeyAsync([sent.OutboxKey]))[sent.OutboxKey].Feedback);

        await host.ReplyAsync(PhoneHost.GrandpaPhone, "停");
        Assert.Equal("好的，不再给您发小贴士了。想再收，回“开始”。", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);

        host.Time.SetUtcNow(Thursday1900.AddDays(2));
        await host.RunJobAsync(JobNames.Tips);
        await host.DrainAsync();
        Assert.Single(host.SmsTo(PhoneHost.GrandpaPhone), t => t.StartsWith("（家长学校）", StringComparison.Ordinal));

        // 开始 brings them back the next tip evening (Tuesday).
        await host.ReplyAsync(PhoneHost.GrandpaPhone, "开始");
        Assert.Equal("好的，每周再给您发两三条小贴士。", host.SmsTo(PhoneHost.GrandpaPhone)[^1]);
        host.Time.SetUtcNow(Thursday1900.AddDays(5));
        await host.RunJobAsync(JobNames.Tips);
        await host.DrainAsync();
        Assert.Equal(2, host.SmsTo(PhoneHost.GrandpaPhone).Count(t => t.StartsWith("（家长学校）", StringComparison.Ordinal)));
        Assert.Empty(host.Simulator.Refusals);
    }

    [Fact]
    public async Task Staff_add_and_edit_tips_with_the_admin_key_and_get_clear_field_errors()
    {
        using var host = await PhoneHost.StartAsync("Tencent");
        var http = host.Http;
        http.DefaultRequestHeaders.Add("X-Admin-Key", "admin-key");

        var all = await http.GetFromJsonAsync<JsonElement>("/admin/tips?audience=guardian");
        Assert.True(all.GetArrayLength() >= 60);
        Assert.All(all.EnumerateArray(), t => Assert.Equal("guardian", t.GetProperty("audience").GetString()));
        Assert.True((await http.GetFromJsonAsync<JsonElement>("/admin/tips?audience=parent")).GetArrayLength() >= 60);

        var bad = await http.PostAsJsonAsync("/admin/tips", new { code = "G 1", audience = "grandma", topic = "sleep", ages = "7-9", months = "13", textZhCn = "第一句。\n第二句。", textZhTw = "", textEn = new string('a', 200) });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("小贴士没有保存，请改正下面的内容。", problem.GetProperty("title").GetString());
        var errors = problem.GetProperty("errors");
        Assert.Equal("对象只能是 guardian（监护人）或 parent（家长）。", errors.GetProperty("audience")[0].GetString());
        Assert.Equal("只写一句话，不要换行。", errors.GetProperty("textZhCn")[0].GetString());
        Assert.Equal("这一项不能为空。", errors.GetProperty("textZhTw")[0].GetString());
        foreach (var field in new[] { "code", "ages", "months", "textEn" }) Assert.True(errors.TryGetProperty(field, out _), field);

        using var english = new HttpRequestMessage(HttpMethod.Post, "/admin/tips") { Content = JsonContent.Create(new { code = "g-sleep-01", audience = "guardian", topic = "sleep", ages = "all", textZhCn = "早点睡。", textZhTw = "早點睡。", textEn = "Sleep early." }) };
        english.Headers.Add("Accept-Language", "en-GB,en;q=0.9");
        var taken = await http.SendAsync(english);
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Equal("This code is already used; please choose another.", (await taken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("code")[0].GetString());

        var created = await http.PostAsJsonAsync("/admin/tips", new
        {
            code = "g-school-01", audience = "guardian", topic = "school", ages = "6-8,9-12", months = "2,8",
            textZhCn = "开学前一天，和孩子一起把书包收拾好。", textZhTw = "開學前一天，和孩子一起把書包收拾好。", textEn = "The day before term starts, pack the school bag together with the child.",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var tip = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("staff", tip.GetProperty("origin").GetString());
        var id = tip.GetProperty("id").GetInt32();
        Assert.Equal($"/admin/tips/{id}", created.Headers.Location!.OriginalString);

        var off = await http.PutAsJsonAsync($"/admin/tips/{id}", new
        {
            code = "g-school-01", audience = "guardian", topic = "school", ages = "6-8,9-12", months = "2,8", active = false,
            textZhCn = "开学前一天，和孩子一起收拾书包。", textZhTw = "開學前一天，和孩子一起收拾書包。", textEn = "The day before term, pack the school bag together.",
        });
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        var stored = (await host.Get<ITipService>().GetAsync(id))!;
        Assert.False(stored.Active);
        Assert.Equal("开学前一天，和孩子一起收拾书包。", stored.TextZhCn);
        Assert.Equal(HttpStatusCode.NotFound, (await http.PutAsJsonAsync("/admin/tips/999999", new { code = "g-none-01", audience = "guardian", topic = "sleep", ages = "all", textZhCn = "早点睡。", textZhTw = "早點睡。", textEn = "Sleep early." })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/admin/tips/999999")).StatusCode);

        using var anonymous = host.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/admin/tips")).StatusCode);
    }

    private static string Text(JsonElement activity) => activity.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
}
