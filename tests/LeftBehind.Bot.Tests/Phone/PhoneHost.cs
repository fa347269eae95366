using System.Net.Http.Json;
using System.Text;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Dialogs.Emergency;
using LeftBehind.Scheduler.Outbox;
using LeftBehind.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace LeftBehind.Tests.PhoneChannels;

/// <summary>
/// The whole service (demo school, real bot, real outbox and dispatcher, SQLite) with SMS and voice pointed at the
/// provider simulator. The clock is fake (Thursday 19 November 2026, 12:00 in Shanghai) and the background loops that
/// would race the test (outbox dispatcher, Quartz, the per-minute emergency services) are off: the test drains the
/// outbox and runs the emergency steps itself, exactly what those loops call.
/// </summary>
internal sealed class PhoneHost : LeftBehindFactory
{
    public const string CallbackSecret = "callback-secret-1";
    public const string GrandpaPhone = "+8613907310001";
    public const string DadPhone = "+8613800000001";
    public const string MumPhone = "+8613800000002";
    public static readonly DateTimeOffset Start = new(2026, 11, 19, 4, 0, 0, TimeSpan.Zero);

    private HttpClient? _client;

    private PhoneHost(ProviderSimulator simulator, FakeTimeProvider time, string provider)
    {
        Simulator = simulator;
        Time = time;
        Provider = provider;
        // The demo school is seeded only in Development since the service fails closed elsewhere.
        EnvironmentName = "Development";
        Settings["Storage:SeedDemoData"] = "true";
        Settings["Scheduler:Enabled"] = "false";
        Settings["Scheduler:Outbox:DispatcherEnabled"] = "false";
        Settings["Admin:ApiKey"] = "admin-key";
        // Every provider request is checked by a node process; keep the machine's two cores from queueing them past a timeout.
        Settings["Scheduler:Outbox:MaxParallelSends"] = "4";
        Settings["Sms:TimeoutSeconds"] = "60";
        Settings["Voice:TimeoutSeconds"] = "60";
        Settings["Sms:Provider"] = provider;
        Settings["Sms:Tencent:SecretId"] = ProviderSimulator.TencentId;
        Settings["Sms:Tencent:SecretKey"] = ProviderSimulator.TencentKey;
        Settings["Sms:Tencent:SdkAppId"] = "1400000001";
        Settings["Sms:Tencent:SignName"] = "两地书";
        Settings["Sms:Tencent:Endpoint"] = simulator.Url;
        Settings["Sms:Aliyun:AccessKeyId"] = ProviderSimulator.AliyunId;
        Settings["Sms:Aliyun:AccessKeySecret"] = ProviderSimulator.AliyunSecret;
        Settings["Sms:Aliyun:SignName"] = "两地书";
        Settings["Sms:Aliyun:Endpoint"] = simulator.Url;
        Settings["Sms:Templates:Default:TemplateId"] = provider == "Tencent" ? "1001" : "SMS_1001";
        Settings["Sms:Templates:emergency:TemplateId"] = provider == "Tencent" ? "1002" : "SMS_1002";
        Settings["Sms:Callbacks:SharedSecret"] = CallbackSecret;
        Settings["Voice:Provider"] = provider;
        Settings["Voice:Tencent:SecretId"] = ProviderSimulator.TencentId;
        Settings["Voice:Tencent:SecretKey"] = ProviderSimulator.TencentKey;
        Settings["Voice:Tencent:VoiceSdkAppid"] = "1400000002";
        Settings["Voice:Tencent:Endpoint"] = simulator.Url;
        Settings["Voice:Aliyun:AccessKeyId"] = ProviderSimulator.AliyunId;
        Settings["Voice:Aliyun:AccessKeySecret"] = ProviderSimulator.AliyunSecret;
        Settings["Voice:Aliyun:Endpoint"] = simulator.Url;
        Settings["Voice:Templates:Default:TemplateId"] = provider == "Tencent" ? "2001" : "TTS_2001";
        Settings["Voice:Callbacks:SharedSecret"] = CallbackSecret;
        Settings["Emergency:VoiceAfterMinutes"] = "10";
        Settings["Delivery:PricePerSms"] = "0.05";
        Settings["Delivery:PricePerCall"] = "0.12";
    }

    public ProviderSimulator Simulator { get; }

    public FakeTimeProvider Time { get; }

    public string Provider { get; }

    public HttpClient Http => _client ??= CreateClient();

    public static async Task<PhoneHost> StartAsync(string provider = "Tencent", Action<Dictionary<string, string?>>? settings = null, string storage = "Sqlite")
    {
        var time = new FakeTimeProvider(Start);
        var simulator = await ProviderSimulator.StartAsync(time);
        var host = new PhoneHost(simulator, time, provider);
        if (storage == "Postgres")
        {
            // A database of its own on the test run's private PostgreSQL server (PostgresServer), migrated by the host.
            host.Settings["Storage:Provider"] = "Postgres";
            host.Settings["ConnectionStrings:LeftBehind"] = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync("sms");
        }
        settings?.Invoke(host.Settings);
        _ = host.Services; // start the host (migrations, demo school)
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            foreach (var d in services.Where(d => d.ServiceType == typeof(IHostedService)
                         && (d.ImplementationType == typeof(EmergencyEscalationService) || d.ImplementationType == typeof(EmergencyVoiceService))).ToList())
                services.Remove(d);
        });
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>What the dispatcher loop does: deliver everything due now.</summary>
    public Task<int> DrainAsync() => Get<OutboxDispatcher>().DrainAsync(CancellationToken.None);

    /// <summary>Runs a scheduler job now, as Quartz would (in a scope of its own).</summary>
    public async Task<int> RunJobAsync(string name)
    {
        using var scope = Services.CreateScope();
        var job = scope.ServiceProvider.GetRequiredKeyedService<LeftBehind.Scheduler.Quartz.IScheduledJob>(name);
        return await job.RunAsync(new LeftBehind.Scheduler.Quartz.JobRunContext(Time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")), CancellationToken.None);
    }

    public async Task<int> PersonAsync(string name)
    {
        await using var db = await Get<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync();
        return await db.Persons.Where(p => p.Name == name).Select(p => p.Id).SingleAsync();
    }

    public async Task SetPhoneAsync(string name, string? phone)
    {
        await using var db = await Get<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync();
        await db.Persons.Where(p => p.Name == name).ExecuteUpdateAsync(s => s.SetProperty(p => p.Phone, phone));
    }

    public async Task<List<ChannelSend>> SendsAsync(string? phone = null)
    {
        await using var db = await Get<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync();
        return await db.ChannelSends.AsNoTracking().Where(s => phone == null || s.Phone == phone).OrderBy(s => s.Id).ToListAsync();
    }

    /// <summary>The provider posting an SMS reply (上行短信) in its documented shape.</summary>
    public async Task ReplyAsync(string phone, string text)
    {
        var body = Provider == "Tencent"
            ? ProviderSimulator.TencentInbound(phone, text, Time.GetUtcNow().ToUnixTimeSeconds())
            : ProviderSimulator.AliyunInbound(phone, text, Random.Shared.NextInt64(1, long.MaxValue));
        var response = await PostAsync("/api/sms/inbound/" + Provider.ToLowerInvariant(), body);
        response.EnsureSuccessStatusCode();
        await DrainAsync();
    }

    public Task<HttpResponseMessage> PostAsync(string path, string json, string? token = CallbackSecret) =>
        Http.PostAsync(token is null ? path : $"{path}?token={token}", new StringContent(json, Encoding.UTF8, "application/json"));

    /// <summary>SMS texts the simulator accepted for a number, in order.</summary>
    public IReadOnlyList<string> SmsTo(string phone) => Simulator.Sms.Where(m => m.Phone == phone).Select(m => m.Text).ToList();

    protected override void Dispose(bool disposing)
    {
        _client?.Dispose();
        base.Dispose(disposing);
        Simulator.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
