using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeftBehind.Tests.PhoneChannels;

/// <summary>
/// Tencent Cloud (SMS SendSms 2021-01-11, VMS SendTtsVoice 2020-09-02) and Aliyun (Dysms SendSms, Dyvms SingleCallByTts,
/// both 2017-05-25) on one loopback port, following their documented request and answer shapes. Every request's
/// signature is recomputed by the provider's official SDK (node); a wrong one gets the documented error. Per-number
/// daily limits, phone format and timestamp skew are enforced like the real services. It can also accept a message and
/// then drop the connection (the caller never learns the outcome), and builds the documented receipts, call results
/// and inbound replies for the test to post to the service, and answers the status queries (Tencent
/// PullSmsSendStatusByPhoneNumber 2021-01-11, Aliyun QuerySendDetails 2017-05-25) from the handset reports it was given.
/// </summary>
internal sealed class ProviderSimulator : IAsyncDisposable
{
    public const string TencentId = "AKIDsimulator0001";
    public const string TencentKey = "tencent-simulator-key";
    public const string AliyunId = "LTAIsimulator0001";
    public const string AliyunSecret = "aliyun-simulator-secret";

    private readonly WebApplication _app;
    private readonly TimeProvider _time;
    private readonly SdkSigner _signer = new();
    private readonly ConcurrentDictionary<(string Phone, DateOnly Day, string Kind), int> _perDay = new();
    private readonly ConcurrentDictionary<string, bool> _reports = new();
    private int _dropNext;
    private int _loseNext;

    /// <summary>The providers' own property names (PascalCase), not ASP.NET Core's camelCase default.</summary>
    private static readonly JsonSerializerOptions Exact = new();

    private ProviderSimulator(WebApplication app, TimeProvider time)
    {
        _app = app;
        _time = time;
    }

    public string Url { get; private set; } = "";

    public ConcurrentQueue<SimMessage> Accepted { get; } = new();

    public ConcurrentQueue<string> Refusals { get; } = new();

    public int DailySmsLimitPerNumber { get; set; } = 10;

    /// <summary>Numbers the carrier will not deliver to (Tencent <c>FailedOperation.PhoneNumberInBlacklist</c>): every send to them is refused.</summary>
    public ConcurrentDictionary<string, bool> Blacklisted { get; } = new();

    /// <summary>Per template id: the longest variable value its review approved (longer ones get the documented refusal).</summary>
    public ConcurrentDictionary<string, int> VariableLimits { get; } = new();

    private bool TooLong(string templateId, IEnumerable<string> values) =>
        VariableLimits.TryGetValue(templateId, out var max) && values.Any(v => v.EnumerateRunes().Count() > max);

    public IReadOnlyList<SimMessage> Sms => Accepted.Where(m => m.Action == "SendSms").ToList();

    public IReadOnlyList<SimMessage> Calls => Accepted.Where(m => m.Action != "SendSms").ToList();

    /// <summary>The next accepted request is recorded, then its connection is cut before any answer.</summary>
    public void DropNextAnswer() => Interlocked.Exchange(ref _dropNext, 1);

    /// <summary>The next request is lost on its way: the connection is cut before the provider reads it (nothing is sent).</summary>
    public void LoseNextRequest() => Interlocked.Exchange(ref _loseNext, 1);

    /// <summary>The handset's report for a message: what the status queries return from now on (Tencent lists only reported messages).</summary>
    public void Report(SimMessage message, bool delivered) => _reports[message.ProviderId] = delivered;

    /// <summary>Status queries answered (Tencent PullSmsSendStatusByPhoneNumber, Aliyun QuerySendDetails).</summary>
    public ConcurrentQueue<string> StatusQueries { get; } = new();

    public static async Task<ProviderSimulator> StartAsync(TimeProvider time)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var sim = new ProviderSimulator(app, time);
        app.MapPost("/", sim.HandleAsync);
        await app.StartAsync();
        sim.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return sim;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _signer.Dispose();
    }

    private async Task HandleAsync(HttpContext http)
    {
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        if (Interlocked.Exchange(ref _loseNext, 0) == 1)
        {
            http.Abort();
            return;
        }
        if (http.Request.Headers.ContainsKey("X-TC-Action")) await TencentAsync(http, body);
        else await AliyunAsync(http, body);
    }

    // ---- Tencent Cloud API 3.0 -------------------------------------------------------------------------------------

    private async Task TencentAsync(HttpContext http, byte[] body)
    {
        var action = http.Request.Headers["X-TC-Action"].ToString();
        var authorization = http.Request.Headers.Authorization.ToString();
        var timestamp = long.Parse(http.Request.Headers["X-TC-Timestamp"].ToString(), CultureInfo.InvariantCulture);
        var service = action.Contains("Sms", StringComparison.Ordinal) ? "sms" : "vms";
        var version = service == "sms" ? "2021-01-11" : "2020-09-02";
        if (http.Request.Headers["X-TC-Version"].ToString() != version) { await TencentErrorAsync(http, "InvalidParameter", "wrong X-TC-Version"); return; }
        if (!authorization.Contains($"Credential={TencentId}/", StringComparison.Ordinal)) { await TencentErrorAsync(http, "AuthFailure.SecretIdNotFound", "The SecretId is not found"); return; }
        if (Math.Abs(_time.GetUtcNow().ToUnixTimeSeconds() - timestamp) > 300) { await TencentErrorAsync(http, "AuthFailure.SignatureExpire", "Signature expired"); return; }
        var expected = await _signer.Tc3Async(http.Request.Host.Host, body, timestamp, service, TencentId, TencentKey, http.Request.ContentType ?? "");
        if (expected != authorization) { await TencentErrorAsync(http, "AuthFailure.SignatureFailure", "The provided credentials could not be validated"); return; }

        using var doc = JsonDocument.Parse(body);
        var root = doc.RootElement;
        var values = root.TryGetProperty("TemplateParamSet", out var set) ? set.EnumerateArray().Select(v => v.GetString() ?? "").ToList() : [];
        var session = root.TryGetProperty("SessionContext", out var sc) ? sc.GetString() ?? "" : "";
        if (action == "PullSmsSendStatusByPhoneNumber")
        {
            if (!root.TryGetProperty("PhoneNumber", out var number) || !root.TryGetProperty("SmsSdkAppId", out _) || !root.TryGetProperty("BeginTime", out _)
                || !root.TryGetProperty("Offset", out _) || !root.TryGetProperty("Limit", out var limit) || limit.GetInt32() is < 1 or > 100)
            {
                await TencentErrorAsync(http, "MissingParameter", "PhoneNumber, SmsSdkAppId, BeginTime, Offset and Limit (1-100) are required");
                return;
            }
            StatusQueries.Enqueue("tencent:" + number.GetString());
            var reported = Accepted.Where(m => m.Provider == "tencent" && m.Action == "SendSms" && m.Phone == number.GetString() && _reports.ContainsKey(m.ProviderId))
                .Select(m => new Dictionary<string, object>
                {
                    ["UserReceiveTime"] = _time.GetUtcNow().ToUnixTimeSeconds(), ["CountryCode"] = "86", ["SubscriberNumber"] = m.Phone[3..],
                    ["PhoneNumber"] = m.Phone, ["SerialNo"] = m.ProviderId, ["ReportStatus"] = _reports[m.ProviderId] ? "SUCCESS" : "FAIL",
                    ["Description"] = _reports[m.ProviderId] ? "DELIVRD" : "MK:0005", ["SessionContext"] = m.Reference,
                }).Take(limit.GetInt32()).ToList();
            await http.Response.WriteAsJsonAsync(new { Response = new { PullSmsSendStatusSet = reported, RequestId = Guid.NewGuid().ToString() } }, Exact);
            return;
        }
        if (action == "SendSms")
        {
            var phone = root.GetProperty("PhoneNumberSet")[0].GetString()!;
            if (!phone.StartsWith("+86", StringComparison.Ordinal) || phone.Length != 14) { await TencentErrorAsync(http, "InvalidParameterValue.IncorrectPhoneNumber", "incorrect phone number"); return; }
            if (TooLong(root.GetProperty("TemplateId").GetString()!, values)) { await TencentErrorAsync(http, "InvalidParameterValue.TemplateParameterLengthLimit", "the length of a template variable exceeds the limit"); return; }
            var status = new Dictionary<string, object> { ["PhoneNumber"] = phone, ["SessionContext"] = session, ["IsoCode"] = "CN" };
            if (Blacklisted.ContainsKey(phone))
            {
                Refusals.Enqueue("FailedOperation.PhoneNumberInBlacklist");
                status["SerialNo"] = "";
                status["Fee"] = 0;
                status["Code"] = "FailedOperation.PhoneNumberInBlacklist";
                status["Message"] = "the mobile number is in the blacklist (免打扰名单)";
            }
            else if (!Count(phone, "sms"))
            {
                Refusals.Enqueue("LimitExceeded.PhoneNumberDailyLimit");
                status["SerialNo"] = "";
                status["Fee"] = 0;
                status["Code"] = "LimitExceeded.PhoneNumberDailyLimit";
                status["Message"] = "the number of SMS messages sent from a single mobile number every day exceeds the upper limit";
            }
            else
            {
                var serial = "2433:" + Guid.NewGuid().ToString("n");
                if (await RecordAsync(http, new SimMessage("tencent", action, phone, root.GetProperty("TemplateId").GetString()!, values, session, serial, null))) return;
                status["SerialNo"] = serial;
                status["Fee"] = 1;
                status["Code"] = "Ok";
                status["Message"] = "send success";
            }
            await http.Response.WriteAsJsonAsync(new { Response = new { SendStatusSet = new[] { status }, RequestId = Guid.NewGuid().ToString() } }, Exact);
            return;
        }

        var called = root.GetProperty("CalledNumber").GetString()!;
        if (!called.StartsWith('+')) { await TencentErrorAsync(http, "InvalidParameterValue.IncorrectPhoneNumber", "incorrect phone number"); return; }
        var callId = Guid.NewGuid().ToString();
        if (await RecordAsync(http, new SimMessage("tencent", action, called, root.GetProperty("TemplateId").GetString()!, values, session, callId, root.GetProperty("PlayTimes").GetInt32()))) return;
        await http.Response.WriteAsJsonAsync(new { Response = new { SendStatus = new { CallId = callId, SessionContext = session }, RequestId = Guid.NewGuid().ToString() } }, Exact);
    }

    private Task TencentErrorAsync(HttpContext http, string code, string message)
    {
        Refusals.Enqueue(code);
        return http.Response.WriteAsJsonAsync(new { Response = new { Error = new { Code = code, Message = message }, RequestId = Guid.NewGuid().ToString() } }, Exact);
    }

    // ---- Aliyun RPC ------------------------------------------------------------------------------------------------

    private async Task AliyunAsync(HttpContext http, byte[] body)
    {
        var form = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body))
            .ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
        var signature = form.GetValueOrDefault("Signature");
        form.Remove("Signature");
        if (form.GetValueOrDefault("AccessKeyId") != AliyunId) { await AliyunErrorAsync(http, "InvalidAccessKeyId.NotFound", "Specified access key is not found."); return; }
        if (!DateTimeOffset.TryParse(form.GetValueOrDefault("Timestamp"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var ts)
            || (ts - _time.GetUtcNow()).Duration() > TimeSpan.FromMinutes(15)) { await AliyunErrorAsync(http, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired."); return; }
        var expected = await _signer.RpcAsync(form, AliyunId, AliyunSecret);
        if (expected != signature) { await AliyunErrorAsync(http, "SignatureDoesNotMatch", "Specified signature is not matched with our calculation."); return; }

        var action = form.GetValueOrDefault("Action");
        if (action == "SendSms")
        {
            var phone = form["PhoneNumbers"];
            if (phone.Length != 11 || !phone.All(char.IsAsciiDigit)) { await AliyunErrorAsync(http, "isv.MOBILE_NUMBER_ILLEGAL", "非法手机号"); return; }
            if (!Count("+86" + phone, "sms")) { await AliyunErrorAsync(http, "isv.BUSINESS_LIMIT_CONTROL", $"触发天级流控Permits:{DailySmsLimitPerNumber}"); return; }
            var values = JsonDocument.Parse(form["TemplateParam"]).RootElement.EnumerateObject().Select(p => p.Value.GetString() ?? "").ToList();
            if (TooLong(form["TemplateCode"], values)) { await AliyunErrorAsync(http, "isv.PARAM_LENGTH_LIMIT", "参数超出长度限制"); return; }
            var bizId = Random.Shared.NextInt64(100000000000, 999999999999).ToString(CultureInfo.InvariantCulture) + "^0";
            if (await RecordAsync(http, new SimMessage("aliyun", action, "+86" + phone, form["TemplateCode"], values, form.GetValueOrDefault("OutId") ?? "", bizId, null))) return;
            await http.Response.WriteAsJsonAsync(new { Code = "OK", Message = "OK", BizId = bizId, RequestId = Guid.NewGuid().ToString() }, Exact);
            return;
        }
        if (action == "QuerySendDetails")
        {
            if (!form.TryGetValue("PhoneNumber", out var number) || !form.TryGetValue("SendDate", out var date) || date.Length != 8
                || !form.TryGetValue("PageSize", out var size) || !int.TryParse(size, CultureInfo.InvariantCulture, out var pageSize) || pageSize is < 1 or > 50
                || !form.ContainsKey("CurrentPage"))
            {
                await AliyunErrorAsync(http, "isv.INVALID_PARAMETERS", "参数异常");
                return;
            }
            StatusQueries.Enqueue("aliyun:" + number);
            var biz = form.GetValueOrDefault("BizId");
            var details = Accepted.Where(m => m.Provider == "aliyun" && m.Action == "SendSms" && m.Phone == "+86" + number && (biz is null || m.ProviderId == biz))
                .Select(m => new Dictionary<string, object>
                {
                    ["PhoneNum"] = number, ["SendStatus"] = _reports.TryGetValue(m.ProviderId, out var ok) ? (ok ? 3 : 2) : 1,
                    ["ErrCode"] = _reports.TryGetValue(m.ProviderId, out var ok2) ? (ok2 ? "DELIVERED" : "MK:0001") : "",
                    ["TemplateCode"] = m.TemplateId, ["Content"] = "【两地书】" + m.Text, ["SendDate"] = "2026-11-19 12:00:00", ["ReceiveDate"] = "", ["OutId"] = m.Reference,
                }).Take(pageSize).ToList();
            await http.Response.WriteAsJsonAsync(new
            {
                Code = "OK", Message = "OK", RequestId = Guid.NewGuid().ToString(), TotalCount = details.Count.ToString(CultureInfo.InvariantCulture),
                SmsSendDetailDTOs = new { SmsSendDetailDTO = details },
            }, Exact);
            return;
        }
        if (action == "SingleCallByTts")
        {
            var called = form["CalledNumber"];
            var values = JsonDocument.Parse(form["TtsParam"]).RootElement.EnumerateObject().Select(p => p.Value.GetString() ?? "").ToList();
            var callId = Random.Shared.NextInt64(100000000000, 999999999999).ToString(CultureInfo.InvariantCulture) + "^1";
            if (await RecordAsync(http, new SimMessage("aliyun", action, "+86" + called, form["TtsCode"], values, form.GetValueOrDefault("OutId") ?? "", callId, int.Parse(form["PlayTimes"], CultureInfo.InvariantCulture)))) return;
            await http.Response.WriteAsJsonAsync(new { Code = "OK", Message = "OK", CallId = callId, RequestId = Guid.NewGuid().ToString() }, Exact);
            return;
        }
        await AliyunErrorAsync(http, "InvalidAction.NotFound", "Specified api is not found");
    }

    private Task AliyunErrorAsync(HttpContext http, string code, string message)
    {
        Refusals.Enqueue(code);
        http.Response.StatusCode = code.StartsWith("isv.", StringComparison.Ordinal) ? 200 : 400;
        return http.Response.WriteAsJsonAsync(new { Code = code, Message = message, RequestId = Guid.NewGuid().ToString() }, Exact);
    }

    /// <summary>Records the accepted message; true when the answer is to be dropped (connection cut).</summary>
    private Task<bool> RecordAsync(HttpContext http, SimMessage message)
    {
        Accepted.Enqueue(message);
        if (Interlocked.Exchange(ref _dropNext, 0) == 1)
        {
            http.Abort();
            return Task.FromResult(true);
        }
        return Task.FromResult(false);
    }

    private bool Count(string phone, string kind)
    {
        var day = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime.AddHours(8));
        var n = _perDay.AddOrUpdate((phone, day, kind), 1, (_, c) => c + 1);
        return n <= DailySmsLimitPerNumber;
    }

    // ---- callbacks the providers send (documented shapes) -------------------------------------------------------------

    public static string TencentSmsReceipt(SimMessage m, bool delivered) => JsonSerializer.Serialize(new[]
    {
        new Dictionary<string, string>
        {
            ["user_receive_time"] = "2026-11-19 12:00:05", ["nationcode"] = "86", ["mobile"] = m.Phone[3..],
            ["report_status"] = delivered ? "SUCCESS" : "FAIL", ["errmsg"] = delivered ? "DELIVRD" : "MK:0005",
            ["description"] = delivered ? "用户短信送达成功" : "空号", ["sid"] = m.ProviderId,
        },
    });

    /// <summary>A Tencent receipt for a number whose answer was lost (the sid is all Tencent sends; we never learned it).</summary>
    public static string TencentSmsReceiptByNumber(string phone, string sid) => JsonSerializer.Serialize(new[]
    {
        new Dictionary<string, string>
        {
            ["user_receive_time"] = "2026-11-19 12:00:05", ["nationcode"] = "86", ["mobile"] = phone[3..],
            ["report_status"] = "SUCCESS", ["errmsg"] = "DELIVRD", ["description"] = "用户短信送达成功", ["sid"] = sid,
        },
    });

    public static string AliyunSmsReceipt(SimMessage m, bool delivered) => JsonSerializer.Serialize(new[]
    {
        new Dictionary<string, object>
        {
            ["phone_number"] = m.Phone[3..], ["send_time"] = "2026-11-19 12:00:00", ["report_time"] = "2026-11-19 12:00:05",
            ["success"] = delivered, ["err_code"] = delivered ? "DELIVERED" : "MK:0001", ["err_msg"] = delivered ? "用户接收成功" : "失败",
            ["sms_size"] = "1", ["biz_id"] = m.ProviderId, ["out_id"] = m.Reference,
        },
    });

    public static string TencentInbound(string phone, string text, long time) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["extend"] = "", ["mobile"] = phone[3..], ["nationcode"] = "86", ["sign"] = "两地书", ["text"] = text, ["time"] = time,
    });

    public static string AliyunInbound(string phone, string text, long sequence) => JsonSerializer.Serialize(new[]
    {
        new Dictionary<string, object>
        {
            ["phone_number"] = phone[3..], ["send_time"] = "2026-11-19 12:01:00", ["content"] = text, ["sign_name"] = "两地书",
            ["dest_code"] = "1234", ["sequence_id"] = sequence,
        },
    });

    /// <summary>Tencent's call result: 0 answered, 1 not answered, 2 failed.</summary>
    public static string TencentCallResult(SimMessage m, string result) => JsonSerializer.Serialize(new
    {
        voiceprompt_callback = new Dictionary<string, string>
        {
            ["result"] = result, ["callid"] = m.ProviderId, ["mobile"] = m.Phone[3..], ["nationcode"] = "86", ["call_from"] = "",
            ["start_calltime"] = "1763524800", ["end_calltime"] = "1763524830", ["accept_time"] = result == "0" ? "1763524810" : "0", ["fee"] = "1",
        },
    });

    public static string AliyunCallReport(SimMessage m, string statusCode) => JsonSerializer.Serialize(new[]
    {
        new Dictionary<string, string>
        {
            ["call_id"] = m.ProviderId, ["status_code"] = statusCode, ["status_msg"] = statusCode == "200000" ? "用户听音结束" : "用户未接",
            ["out_id"] = m.Reference, ["callee"] = m.Phone[3..], ["caller"] = "0571000000", ["duration"] = statusCode == "200000" ? "20" : "0",
        },
    });
}
