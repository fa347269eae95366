using LeftBehind.Archive.Services;
using LeftBehind.Bot.WeChat;
using LeftBehind.Scheduler.Outbox;
using LeftBehind.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Tests.WeChat;

/// <summary>The service on a loopback port (demo school, throwaway SQLite file) with its WeChat channel pointed at a simulator.</summary>
public sealed class WeChatHost : IAsyncDisposable
{
    public required WeChatSimulator Sim { get; init; }
    public required LeftBehindFactory Factory { get; init; }
    public required string BaseUrl { get; init; }
    public IServiceProvider Services => Factory.Services;
    private bool _ownsSim = true;

    public static readonly (string Kind, string Id)[] AllTemplates =
    [
        ("MonthlyLetter", "tpl-monthly-letter"), ("CallReminder", "tpl-call"), ("AbsenceAlert", "tpl-absence"),
        ("TeacherAnswer", "tpl-answer"), ("Emergency", "tpl-emergency"), ("Notice", "tpl-notice"),
    ];

    public static async Task<WeChatHost> StartAsync(Action<WeChatSimulator>? configureSim = null, Dictionary<string, string?>? settings = null,
        WeChatSimulator? sharedSim = null, string? sharedDatabase = null)
    {
        var sim = sharedSim ?? await WeChatSimulator.StartAsync();
        configureSim?.Invoke(sim);
        // The demo school (BABA23 …) is seeded only in Development since the service fails closed elsewhere.
        var factory = new LeftBehindFactory { EnvironmentName = "Development" };
        factory.Settings["Storage:SeedDemoData"] = sharedDatabase is null ? "true" : "false";
        foreach (var (k, v) in sim.Settings(AllTemplates)) factory.Settings[k] = v;
        if (sharedDatabase is not null) factory.Settings["ConnectionStrings:LeftBehind"] = sharedDatabase;
        foreach (var (k, v) in settings ?? []) factory.Settings[k] = v;
        var address = factory.StartOnLoopback();
        sim.ServerUrl ??= address + WeChatEndpoint.Path;
        return new WeChatHost { Sim = sim, Factory = factory, BaseUrl = address, _ownsSim = sharedSim is null };
    }

    public string ConnectionString => $"Data Source={Path.Combine(Factory.DataDirectory, "leftbehind.db")}";

    /// <summary>Follows the account and binds with an invite code typed as text, exactly as in Web Chat.</summary>
    public async Task<SimUser> BindAsync(string openId, string code, string name)
    {
        var user = Sim.User(openId);
        // Each inbound message's turn has sent all its replies once the processor says it was handled; a test that then
        // plans a failure for "the next send" must not have it taken by the tail of the binding turn (the menu after
        // 绑定成功), as happened with a fixed quiet window on a fast machine.
        var inbound = Services.GetRequiredService<WeChatInboundProcessor>();
        var handled = new SemaphoreSlim(0); // not disposed: a late event may still release it
        void OnProcessed(string _) => handled.Release();
        inbound.Processed += OnProcessed;
        try
        {
            using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(2)); // only a guard against a hang
            await Sim.SubscribeAsync(openId);
            await handled.WaitAsync(hang.Token);
            await user.ExpectAsync("两地书");
            await Sim.SendTextAsync(openId, code);
            await handled.WaitAsync(hang.Token);
        }
        finally
        {
            inbound.Processed -= OnProcessed;
        }
        await user.ExpectAsync("绑定成功", name);
        // Binding releases the person's held mailbox through the outbox. A test that then plans a failure for "the next
        // send" must not have it taken by one of those, so wait until every row for this person has settled (a quiet
        // window of a few hundred milliseconds was not enough on a fast CI machine).
        var personId = await PersonIdAsync(openId);
        var outbox = Services.GetRequiredService<IOutbox>();
        await WeChatEndToEndTests.WaitUntilAsync(Services, async () =>
            (await outbox.ListAsync(null, 1, 500)).Items.Where(r => r.RecipientId == personId)
                .All(r => r.Status is OutboxStatus.Sent or OutboxStatus.Dead));
        await user.DrainAsync(TimeSpan.Zero);
        return user;
    }

    public async Task<int> PersonIdAsync(string openId) =>
        (await Services.GetRequiredService<IBindingService>().FindAsync(WeChatChannel.ChannelId, openId))?.PersonId ?? throw new InvalidOperationException(openId + " is not bound");

    public async ValueTask DisposeAsync()
    {
        Factory.Dispose();
        if (_ownsSim) await Sim.DisposeAsync();
    }
}
