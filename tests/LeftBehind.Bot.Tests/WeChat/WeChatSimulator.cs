using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using LeftBehind.Bot.WeChat;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeftBehind.Tests.WeChat;

/// <summary>
/// The WeChat platform on a loopback port, as its documentation describes it. Towards the service it is WeChat's
/// server: it signs and (in compatible or safe mode) encrypts what users send, posts it to /api/wechat and posts
/// again when no answer came within 5 seconds (three tries). Towards the service's calls it is api.weixin.qq.com:
/// tokens that expire (a new /cgi-bin/token invalidates the old one), the 48-hour customer-service window and its
/// per-window count, daily quotas, template field limits, temporary media, the menu — each refused with the
/// documented error code. Its clock can be moved forward (<see cref="Advance"/>) to close windows.
/// </summary>
public sealed class WeChatSimulator : IAsyncDisposable
{
    public const string AppId = "wx5f3c2a1b0d9e8f70";
    public const string AppSecret = "sim-app-secret-0123456789abcdef";
    public const string Token = "LeftBehindSimToken";
    public const string AccountId = "gh_3f1a2b4c5d6e";

    private readonly WebApplication _app;
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly ConcurrentDictionary<string, DateTimeOffset> _tokens = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<int>> _failNext = new();
    private readonly Lock _gate = new();
    private TimeSpan _offset;
    private string? _stable;
    private long _msgId = 7_000_000_000_000_000_000;
    private long _lastCreate;
    private int _day;

    public string EncodingAesKey { get; set; } = NewKey();
    public string? PreviousEncodingAesKey { get; set; }

    /// <summary>plain, compatible or safe.</summary>
    public string Mode { get; set; } = "safe";
    public string ApiBaseUrl { get; }
    public string? ServerUrl { get; set; }
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromSeconds(7200);
    public TimeSpan AnswerWithin { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>This many answers from the service are lost on the way back (as if 5 s passed without one), so WeChat retries.</summary>
    public int LoseAnswers;
    public int CustomPerWindow { get; set; } = 20;
    public long DailyCustomQuota { get; set; } = 500_000;
    public long DailyTemplateQuota { get; set; } = 100_000;
    public bool ReportTemplateResults { get; set; } = true;
    public HashSet<string> TemplateIds { get; } = [];
    public ConcurrentDictionary<string, SimUser> Users { get; } = new();
    public ConcurrentDictionary<string, (byte[] Content, string Type)> Media { get; } = new();
    public ConcurrentQueue<(string Api, int ErrCode)> Calls { get; } = new();
    public int TokensIssued;
    public long CustomToday;
    public long TemplatesToday;
    public long TemplatesSent;
    public long CustomSent;
    public JsonElement? Menu { get; private set; }

    /// <summary>Every POST the simulator made to the service, retries included: (message key, HTTP status or 0 for a timeout, body).</summary>
    public ConcurrentQueue<(string Key, int Status, string Body)> Posts { get; } = new();

    public DateTimeOffset Now => TimeProvider.System.GetUtcNow() + _offset;

    private WeChatSimulator(WebApplication app, string baseUrl)
    {
        _app = app;
        ApiBaseUrl = baseUrl;
    }

    public static async Task<WeChatSimulator> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        WeChatSimulator? self = null;
        app.MapGet("/cgi-bin/token", (HttpContext h) => self!.IssueToken(h.Request.Query["appid"], h.Request.Query["secret"], force: true));
        app.MapPost("/cgi-bin/stable_token", (Func<HttpContext, Task<IResult>>)(async h =>
        {
            using var doc = await JsonDocument.ParseAsync(h.Request.Body);
            var r = doc.RootElement;
            return self!.IssueToken(r.GetProperty("appid").GetString(), r.GetProperty("secret").GetString(), r.TryGetProperty("force_refresh", out var f) && f.GetBoolean());
        }));
        app.MapPost("/cgi-bin/message/custom/send", (Func<HttpContext, Task<IResult>>)(h => self!.CustomAsync(h)));
        app.MapPost("/cgi-bin/message/template/send", (Func<HttpContext, Task<IResult>>)(h => self!.TemplateAsync(h)));
        app.MapPost("/cgi-bin/media/upload", (Func<HttpContext, Task<IResult>>)(h => self!.UploadAsync(h)));
        app.MapGet("/cgi-bin/media/get", (HttpContext h) => self!.GetMedia(h));
        app.MapPost("/cgi-bin/menu/create", (Func<HttpContext, Task<IResult>>)(h => self!.MenuAsync(h)));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        self = new WeChatSimulator(app, address.TrimEnd('/'));
        return self;
    }

    /// <summary>The service's WeChat settings pointing at this simulator.</summary>
    public Dictionary<string, string?> Settings(params (string Kind, string Id)[] templates)
    {
        var s = new Dictionary<string, string?>
        {
            ["WeChat:Enabled"] = "true",
            ["WeChat:AppId"] = AppId,
            ["WeChat:AppSecret"] = AppSecret,
            ["WeChat:Token"] = Token,
            ["WeChat:EncodingAESKey"] = EncodingAesKey,
            ["WeChat:PreviousEncodingAESKey"] = PreviousEncodingAesKey,
            ["WeChat:ApiBaseUrl"] = ApiBaseUrl,
            ["WeChat:ConversationUrl"] = "https://school.example/chat",
        };
        foreach (var (kind, id) in templates)
        {
            TemplateIds.Add(id);
            s[$"WeChat:Templates:{kind}:Id"] = id;
            s[$"WeChat:Templates:{kind}:Fields:0"] = "thing1";
            s[$"WeChat:Templates:{kind}:Fields:1"] = "thing2";
            s[$"WeChat:Templates:{kind}:Fields:2"] = "thing3";
        }
        return s;
    }

    public static string NewKey() => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)).TrimEnd('=');

    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            _offset += by;
            var day = (int)(Now - DateTimeOffset.UnixEpoch).TotalDays;
            if (day != _day)
            {
                _day = day;
                CustomToday = 0;
                TemplatesToday = 0;
            }
        }
    }

    /// <summary>The next call of <paramref name="api"/> (e.g. <c>message/custom/send</c>) answers these codes, one per call.</summary>
    public void FailNext(string api, params int[] codes)
    {
        var q = _failNext.GetOrAdd(api, _ => new ConcurrentQueue<int>());
        foreach (var c in codes) q.Enqueue(c);
    }

    /// <summary>Makes every issued token unknown to WeChat, as when another party fetched a new one.</summary>
    public void ForgetTokens() => _tokens.Clear();

    public SimUser User(string openId) => Users.GetOrAdd(openId, id => new SimUser(id));

    // ---- the user's side: what WeChat posts to the server URL ----

    public Task<int> SendTextAsync(string openId, string text) => PostMessageAsync(openId, "text", new() { ["Content"] = text });

    public async Task<int> SendImageAsync(string openId, byte[] jpeg)
    {
        var mediaId = "sim-media-" + Guid.NewGuid().ToString("n");
        Media[mediaId] = (jpeg, "image/jpeg");
        return await PostMessageAsync(openId, "image", new() { ["PicUrl"] = "http://mmbiz.invalid/" + mediaId, ["MediaId"] = mediaId });
    }

    public async Task<int> SendVoiceAsync(string openId, string recognition, byte[] amr)
    {
        var mediaId = "sim-voice-" + Guid.NewGuid().ToString("n");
        Media[mediaId] = (amr, "audio/amr");
        return await PostMessageAsync(openId, "voice", new() { ["MediaId"] = mediaId, ["Format"] = "amr", ["Recognition"] = recognition });
    }

    public Task<int> SubscribeAsync(string openId, string? scene = null)
    {
        var u = User(openId);
        u.Subscribed = true;
        Touch(u);
        return PostEventAsync(openId, "subscribe", scene is null ? null : "qrscene_" + scene, scene is null ? null : "ticket-" + scene);
    }

    public Task<int> ScanAsync(string openId, string scene) { Touch(User(openId)); return PostEventAsync(openId, "SCAN", scene, "ticket-" + scene); }

    public Task<int> ClickAsync(string openId, string key) { Touch(User(openId)); return PostEventAsync(openId, "CLICK", key, null); }

    public Task<int> UnsubscribeAsync(string openId)
    {
        User(openId).Subscribed = false;
        return PostEventAsync(openId, "unsubscribe", null, null);
    }

    private Task<int> PostMessageAsync(string openId, string type, Dictionary<string, string> extra)
    {
        var u = User(openId);
        u.Subscribed = true;
        Touch(u);
        var fields = Header(openId, type);
        foreach (var (k, v) in extra) fields[k] = v;
        fields["MsgId"] = Interlocked.Increment(ref _msgId).ToString(CultureInfo.InvariantCulture);
        return PostAsync(fields);
    }

    private Task<int> PostEventAsync(string openId, string name, string? key, string? ticket)
    {
        var fields = Header(openId, "event");
        fields["Event"] = name;
        if (key is not null) fields["EventKey"] = key;
        if (ticket is not null) fields["Ticket"] = ticket;
        return PostAsync(fields);
    }

    private Dictionary<string, string> Header(string openId, string type)
    {
        // Events are told apart by FromUserName + CreateTime; a person cannot do two things in one second, so neither do we.
        long create;
        lock (_gate)
        {
            create = Math.Max(Now.ToUnixTimeSeconds(), _lastCreate + 1);
            _lastCreate = create;
        }
        return new Dictionary<string, string>
        {
            ["ToUserName"] = AccountId,
            ["FromUserName"] = openId,
            ["CreateTime"] = create.ToString(CultureInfo.InvariantCulture),
            ["MsgType"] = type,
        };
    }

    private void Touch(SimUser u)
    {
        lock (_gate)
        {
            u.LastInteraction = Now;
            u.CustomSinceInteraction = 0;
        }
    }

    /// <summary>Posts as WeChat does: waits 5 seconds for an answer, then tries again, three tries in all. Returns the last status (0 = no answer).</summary>
    public async Task<int> PostAsync(Dictionary<string, string> fields, int tries = 3)
    {
        var key = fields.TryGetValue("MsgId", out var id) ? id : fields["FromUserName"] + fields["CreateTime"];
        var status = 0;
        for (var i = 0; i < tries; i++)
        {
            using var cts = new CancellationTokenSource(AnswerWithin);
            try
            {
                using var response = await _http.SendAsync(BuildRequest(fields), cts.Token);
                var body = await response.Content.ReadAsStringAsync(cts.Token);
                status = (int)response.StatusCode;
                if (Interlocked.Decrement(ref LoseAnswers) >= 0)
                {
                    Posts.Enqueue((key, 0, ""));
                    status = 0;
                    continue;
                }
                Interlocked.Exchange(ref LoseAnswers, 0);
                Posts.Enqueue((key, status, body));
                if (response.IsSuccessStatusCode) return status;
            }
            catch (OperationCanceledException)
            {
                Posts.Enqueue((key, 0, ""));
                status = 0;
            }
        }
        return status;
    }

    /// <summary>The signed (and in compatible/safe mode encrypted) POST for these fields.</summary>
    public HttpRequestMessage BuildRequest(Dictionary<string, string> fields, string? withKey = null, string? appId = null)
    {
        var timestamp = Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = Random.Shared.Next(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture);
        var plain = WeChatXml.Write(fields);
        var query = $"signature={WeChatCrypto.Sign(Token, timestamp, nonce)}&timestamp={timestamp}&nonce={nonce}&openid={fields["FromUserName"]}";
        string body;
        if (Mode == "plain")
        {
            body = plain;
        }
        else
        {
            var encrypted = WeChatCrypto.Encrypt(plain, WeChatCrypto.Key(withKey ?? EncodingAesKey), appId ?? AppId);
            var outer = new List<KeyValuePair<string, string>> { new("ToUserName", AccountId), new("Encrypt", encrypted) };
            if (Mode == "compatible") outer.InsertRange(0, fields.Where(f => f.Key != "ToUserName"));
            body = WeChatXml.Write(outer);
            query += $"&encrypt_type=aes&msg_signature={WeChatCrypto.Sign(Token, timestamp, nonce, encrypted)}";
        }
        return new HttpRequestMessage(HttpMethod.Post, ServerUrl + "?" + query) { Content = new StringContent(body, Encoding.UTF8, "text/xml") };
    }

    // ---- the platform's API ----

    private IResult IssueToken(string? appId, string? secret, bool force)
    {
        if (appId != AppId) return Error("token", 40013, "invalid appid");
        if (secret != AppSecret) return Error("token", 40125, "invalid appsecret");
        lock (_gate)
        {
            if (!force && _stable is { } s && _tokens.TryGetValue(s, out var exp) && exp > Now)
                return Json("token", new { access_token = s, expires_in = (int)(exp - Now).TotalSeconds });
            // A new token ends the previous one (WeChat keeps the old one valid 5 minutes; we are stricter).
            _tokens.Clear();
            var token = "SIMTOKEN_" + Guid.NewGuid().ToString("n");
            _tokens[token] = Now + TokenLifetime;
            _stable = token;
            Interlocked.Increment(ref TokensIssued);
            return Json("token", new { access_token = token, expires_in = (int)TokenLifetime.TotalSeconds });
        }
    }

    private int Authorize(HttpContext h, string api)
    {
        if (_failNext.TryGetValue(api, out var q) && q.TryDequeue(out var injected)) return injected;
        var token = h.Request.Query["access_token"].ToString();
        if (string.IsNullOrEmpty(token)) return 41001;
        if (!token.StartsWith("SIMTOKEN_", StringComparison.Ordinal)) return 40014;
        if (!_tokens.TryGetValue(token, out var expires)) return 40001;
        return expires <= Now ? 42001 : 0;
    }

    private async Task<IResult> CustomAsync(HttpContext h)
    {
        const string api = "message/custom/send";
        var code = Authorize(h, api);
        if (code != 0) return Error(api, code);
        using var doc = await JsonDocument.ParseAsync(h.Request.Body);
        var r = doc.RootElement;
        var openId = r.GetProperty("touser").GetString()!;
        var u = User(openId);
        lock (_gate)
        {
            if (!u.Subscribed) return Error(api, 43004, "require subscribe");
            if (Now - u.LastInteraction > TimeSpan.FromHours(48)) return Error(api, 45015, "response out of time limit or subscription is canceled");
            if (u.CustomSinceInteraction >= CustomPerWindow) return Error(api, 45047, "out of response count limit");
            if (CustomToday >= DailyCustomQuota) return Error(api, 45009, "reach max api daily quota limit");
            u.CustomSinceInteraction++;
            CustomToday++;
        }
        var type = r.GetProperty("msgtype").GetString();
        var message = type switch
        {
            "text" => new SimMessage("custom", r.GetProperty("text").GetProperty("content").GetString()),
            "image" => new SimMessage("custom-image", null, MediaId: r.GetProperty("image").GetProperty("media_id").GetString()),
            _ => null,
        };
        if (message is null) return Error(api, 40008, "invalid message type");
        if (message.MediaId is { } mid && !Media.ContainsKey(mid)) return Error(api, 40007, "invalid media_id");
        Deliver(u, message);
        Interlocked.Increment(ref CustomSent);
        return Json(api, new { errcode = 0, errmsg = "ok" });
    }

    private async Task<IResult> TemplateAsync(HttpContext h)
    {
        const string api = "message/template/send";
        var code = Authorize(h, api);
        if (code != 0) return Error(api, code);
        using var doc = await JsonDocument.ParseAsync(h.Request.Body);
        var r = doc.RootElement;
        var openId = r.GetProperty("touser").GetString()!;
        var templateId = r.GetProperty("template_id").GetString()!;
        if (!TemplateIds.Contains(templateId)) return Error(api, 40037, "invalid template_id");
        var data = r.GetProperty("data");
        foreach (var field in data.EnumerateObject())
        {
            var value = field.Value.GetProperty("value").GetString() ?? "";
            if (value.EnumerateRunes().Count() > 20) return Error(api, 47003, "argument invalid! data." + field.Name + ".value exceeds limit");
        }
        var u = User(openId);
        long msgId;
        lock (_gate)
        {
            if (!u.Subscribed) return Error(api, 43004, "require subscribe");
            if (TemplatesToday >= DailyTemplateQuota) return Error(api, 45009, "reach max api daily quota limit");
            TemplatesToday++;
            msgId = Interlocked.Increment(ref _msgId);
        }
        Deliver(u, new SimMessage("template", null, templateId, data.Clone(), r.TryGetProperty("url", out var url) ? url.GetString() : null));
        Interlocked.Increment(ref TemplatesSent);
        if (ReportTemplateResults && ServerUrl is not null)
        {
            var fields = Header(openId, "event");
            fields["ToUserName"] = AccountId;
            fields["Event"] = "TEMPLATESENDJOBFINISH";
            fields["MsgID"] = msgId.ToString(CultureInfo.InvariantCulture);
            fields["Status"] = "success";
            _ = Task.Run(() => PostAsync(fields));
        }
        return Json(api, new { errcode = 0, errmsg = "ok", msgid = msgId });
    }

    private async Task<IResult> UploadAsync(HttpContext h)
    {
        const string api = "media/upload";
        var code = Authorize(h, api);
        if (code != 0) return Error(api, code);
        var form = await h.Request.ReadFormAsync();
        var file = form.Files["media"];
        if (file is null || h.Request.Query["type"] != "image") return Error(api, 40004, "invalid media type");
        using var ms = new MemoryStream();
        await file.CopyToAsync(ms);
        var id = "sim-up-" + Guid.NewGuid().ToString("n");
        Media[id] = (ms.ToArray(), file.ContentType);
        return Json(api, new { type = "image", media_id = id, created_at = Now.ToUnixTimeSeconds() });
    }

    private IResult GetMedia(HttpContext h)
    {
        const string api = "media/get";
        var code = Authorize(h, api);
        if (code != 0) return Error(api, code);
        if (!Media.TryGetValue(h.Request.Query["media_id"].ToString(), out var file)) return Error(api, 40007, "invalid media_id");
        Calls.Enqueue((api, 0));
        return Results.File(file.Content, file.Type);
    }

    private async Task<IResult> MenuAsync(HttpContext h)
    {
        const string api = "menu/create";
        var code = Authorize(h, api);
        if (code != 0) return Error(api, code);
        using var doc = await JsonDocument.ParseAsync(h.Request.Body);
        if (!doc.RootElement.TryGetProperty("button", out var buttons) || buttons.GetArrayLength() is 0 or > 3) return Error(api, 40016, "invalid button size");
        Menu = doc.RootElement.Clone();
        return Json(api, new { errcode = 0, errmsg = "ok" });
    }

    private static void Deliver(SimUser u, SimMessage message)
    {
        lock (u.All) u.All.Add(message);
        u.Inbox.Enqueue(message);
        u.Arrived.Release();
    }

    private IResult Error(string api, int code, string? message = null)
    {
        Calls.Enqueue((api, code));
        return Results.Json(new { errcode = code, errmsg = message ?? "error" });
    }

    private IResult Json(string api, object body)
    {
        Calls.Enqueue((api, 0));
        return Results.Json(body);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
