using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Bot.WeChat;
using LeftBehind.Scheduler.Outbox;
using LeftBehind.Scheduler.Quartz;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Tests.WeChat;

/// <summary>
/// A family on WeChat end to end, through the simulator (safe mode: signed, AES-encrypted), the real endpoint, the
/// real bot, the real outbox and the real database.
/// </summary>
public sealed class WeChatEndToEndTests
{
    [Fact]
    public async Task Parent_teacher_and_grandfather_on_wechat_bind_ask_answer_write_receive_reply_prompt_emergency_and_unfollow()
    {
        await using var host = await WeChatHost.StartAsync();
        var sim = host.Sim;
        var services = host.Services;
        var children = services.GetRequiredService<IChildrenService>();
        var ming = (await children.GetChildrenAsync(Actor.Admin)).Single(c => c.Name == "王小明");
        var family = (await children.GetFamilyAsync(Actor.Admin, ming.Id))!;
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), zone).DateTime);
        await services.GetRequiredService<IAttendanceService>().RecordAsync(Actor.Teacher(family.HeadTeacher!.Id), ming.Id, today, AttendanceStatus.Absent);

        // Bind: the invite code typed as text, as in Web Chat.
        var dad = sim.User("o-dad-wx");
        await sim.SubscribeAsync(dad.OpenId);
        await dad.ExpectAsync("两地书");
        await sim.SendTextAsync(dad.OpenId, "老师给了我一个邀请码 BABA23");
        await dad.ExpectAsync("绑定成功", "王建军");

        // Attendance: the choice list arrives as numbered text and a digit answers.
        await sim.SendTextAsync(dad.OpenId, "孩子这周上学了吗");
        var which = await dad.ExpectAsync("问哪个孩子");
        Assert.Contains("1. 王小明", which.Text);
        await sim.SendTextAsync(dad.OpenId, "1");
        await dad.ExpectAsync("王小明这周", "缺勤");

        // Ask the teacher.
        await sim.SendTextAsync(dad.OpenId, "问老师");
        await dad.ExpectAsync("问哪个孩子");
        await sim.SendTextAsync(dad.OpenId, "王小明");
        await dad.ExpectAsync("想问老师关于王小明的什么事");
        await sim.SendTextAsync(dad.OpenId, "小明这周缺了一天课，是生病了吗？");
        await dad.ExpectAsync("已经转给王芳老师");

        // The paired teacher follows by scanning the QR code on her invite slip, opens her inbox from the menu, answers.
        var teacher = sim.User("o-wangfang-wx");
        await sim.SubscribeAsync(teacher.OpenId, scene: "BFJS56");
        await teacher.ExpectAsync("绑定成功", "王芳");
        await sim.ClickAsync(teacher.OpenId, "Questions");
        var inbox = await teacher.ExpectAsync("个问题等您回答");
        var line = inbox.Text!.Split('\n').First(l => l.Contains("小明这周缺了一天课", StringComparison.Ordinal));
        await sim.SendTextAsync(teacher.OpenId, line.Split('.')[0].Trim());
        await teacher.ExpectAsync("小明这周缺了一天课，是生病了吗？");
        await sim.SendTextAsync(teacher.OpenId, "1");
        await teacher.ExpectAsync("请写下您的回答");
        await sim.SendTextAsync(teacher.OpenId, "是感冒了，周三已经回来上课，精神很好。");
        await teacher.ExpectAsync("已回答");

        // The answer reaches the father proactively, inside his window: a customer-service message.
        var answer = await dad.ExpectAsync("王芳老师", "是感冒了，周三已经回来上课，精神很好。");
        Assert.Equal("custom", answer.Method);

        // Two days pass on WeChat's clock: the father's window is closed. The monthly prompt goes as a template.
        sim.Advance(TimeSpan.FromHours(49));
        var run = await services.GetRequiredService<ISchedulerAdmin>().RunNowAsync(JobNames.MonthlyLetter, CancellationToken.None);
        Assert.NotNull(run);
        var prompt = await dad.ExpectAsync("两地书");
        Assert.Equal("template", prompt.Method);
        Assert.Equal("tpl-monthly-letter", prompt.TemplateId);
        Assert.Equal("https://school.example/chat", prompt.Url);
        var store = services.GetRequiredService<WeChatStore>();
        WeChatDelivery? monthly = null;
        await WaitUntilAsync(services, async () => (monthly = (await store.ListDeliveriesAsync(dad.OpenId, 50, CancellationToken.None)).FirstOrDefault(d => d.OutboxKey.StartsWith("monthly-letter|", StringComparison.Ordinal))) is not null);
        var answerDelivery = (await store.ListDeliveriesAsync(dad.OpenId, 50, CancellationToken.None)).Single(d => d.Kind == WeChatNoticeKinds.TeacherAnswer);
        Assert.Equal("custom", answerDelivery.Method);
        Assert.Equal(("template", 45015), (monthly!.Method, monthly.ErrCode));

        // An emergency from the grandfather (on WeChat too) reaches the father outside his window: the emergency template.
        var grandpa = sim.User("o-yeye-wx");
        await sim.SubscribeAsync(grandpa.OpenId);
        await grandpa.ExpectAsync("两地书");
        await sim.SendTextAsync(grandpa.OpenId, "YEYE67");
        await grandpa.ExpectAsync("绑定成功");
        await sim.SendTextAsync(grandpa.OpenId, "孙子在河边玩水一直没回来");
        await grandpa.ExpectAsync("是哪个孩子");
        await sim.SendTextAsync(grandpa.OpenId, "1");
        await grandpa.ExpectAsync("已经通知");
        var alert = await dad.ExpectAsync("紧急");
        Assert.Equal("template", alert.Method);
        Assert.Equal("tpl-emergency", alert.TemplateId);

        // The father writes this month's letter (his message opens the window again).
        await dad.DrainAsync(TimeSpan.FromMilliseconds(500));
        await sim.SendTextAsync(dad.OpenId, "写两地书");
        var step = await dad.ExpectAsync();
        if (step.Readable.Contains("哪个孩子", StringComparison.Ordinal))
        {
            await sim.SendTextAsync(dad.OpenId, "王小明");
            step = await dad.ExpectAsync();
        }
        Assert.Contains("写新信", step.Readable);
        await sim.SendTextAsync(dad.OpenId, "1");
        await dad.ExpectAsync("请开始写信");
        await sim.SendTextAsync(dad.OpenId, "小明，爸爸在厂里一切都好，你要听爷爷的话。");
        await dad.ExpectAsync("写好了");
        await sim.SendTextAsync(dad.OpenId, "写好了");
        await dad.ExpectAsync("寄出");
        await sim.SendTextAsync(dad.OpenId, "1");
        await dad.ExpectAsync("信已经寄出");

        // The child's reply, photographed by the teacher in WeChat, reaches the father.
        await sim.SendTextAsync(teacher.OpenId, "录入孩子回信");
        await teacher.ExpectAsync("是哪个学生的回信");
        await sim.SendTextAsync(teacher.OpenId, "王小明");
        await teacher.ExpectAsync("请发孩子的回信");
        var photo = TestJpeg();
        await sim.SendImageAsync(teacher.OpenId, photo);
        await teacher.ExpectAsync("回信已收好");
        var reply = await dad.ExpectAsync("王小明给您回信了");
        Assert.Equal("custom", reply.Method);
        // The photo itself, not only the notice: the same bytes the teacher photographed, uploaded as WeChat media.
        var image = await dad.ExpectMethodAsync("custom-image");
        Assert.Equal(photo, sim.Media[image.MediaId!].Content);
        var letters = await services.GetRequiredService<ILetterService>().ListAsync(Actor.Admin, ming.Id, 10);
        Assert.Contains(letters!, l => l.Direction == LetterDirection.FromChild && l.PhotoUrl is not null);

        // The father unfollows: his WeChat binding is suspended, so nothing more is sent there (WeChatRefollowTests: he comes back).
        await sim.UnsubscribeAsync(dad.OpenId);
        await WaitUntilAsync(services, async () => await services.GetRequiredService<IBindingService>().FindAsync(WeChatChannel.ChannelId, dad.OpenId) is null);
        var user = await store.GetUserAsync(dad.OpenId, CancellationToken.None);
        Assert.False(user!.Value.Subscribed);
    }

    /// <summary>
    /// Waits until <paramref name="condition"/> holds, checking it again each time the outbox settles rows or an inbound
    /// WeChat message has been handled: the only two things that change what these tests look at. No polling.
    /// </summary>
    internal static async Task WaitUntilAsync(IServiceProvider services, Func<Task<bool>> condition)
    {
        var outbox = services.GetRequiredService<OutboxSettled>();
        var inbound = services.GetRequiredService<WeChatInboundProcessor>();
        var changed = new SemaphoreSlim(0); // not disposed: a settlement already under way may still release it
        void OnSettled(IReadOnlyList<long> _) => changed.Release();
        void OnProcessed(string _) => changed.Release();
        outbox.Settled += OnSettled;
        inbound.Processed += OnProcessed;
        try
        {
            // Only a guard against a hang: every wake-up comes from a signal.
            using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            while (!await condition()) await changed.WaitAsync(hang.Token);
        }
        finally
        {
            outbox.Settled -= OnSettled;
            inbound.Processed -= OnProcessed;
        }
    }

    /// <summary>A small but real JPEG (SOI, APP0, EOI around some bytes) standing in for a photographed letter.</summary>
    internal static byte[] TestJpeg()
    {
        var bytes = new byte[4096];
        new Random(17).NextBytes(bytes);
        bytes[0] = 0xFF; bytes[1] = 0xD8; bytes[2] = 0xFF; bytes[3] = 0xE0;
        bytes[^2] = 0xFF; bytes[^1] = 0xD9;
        return bytes;
    }
}
