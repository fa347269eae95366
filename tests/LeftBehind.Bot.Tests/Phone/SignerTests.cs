using System.Text;
using LeftBehind.Bot.Phone;

namespace LeftBehind.Tests.PhoneChannels;

/// <summary>Our request signing against the providers' official SDKs (node), on Chinese text and awkward characters.</summary>
public sealed class SignerTests
{
    [Fact]
    public async Task Tc3_signature_matches_tencent_clouds_sdk()
    {
        using var sdk = new SdkSigner();
        var body = Encoding.UTF8.GetBytes("{\"PhoneNumberSet\":[\"+8613907310001\"],\"TemplateParamSet\":[\"王小明请假了（1天）! *'()~\"]}");
        const long timestamp = 1763524800;
        var ours = Tc3Signer.Authorization("AKIDexample", "secret/+=", "sms", "sms.tencentcloudapi.com", body, timestamp);
        Assert.Equal(await sdk.Tc3Async("sms.tencentcloudapi.com", body, timestamp, "sms", "AKIDexample", "secret/+=", Tc3Signer.ContentType), ours);
    }

    [Fact]
    public async Task Rpc_signature_matches_aliyuns_sdk()
    {
        using var sdk = new SdkSigner();
        var body = AliyunRpcSigner.SignedBody("LTAIexample", "sec+ret/=", "SendSms", "2017-05-25", new Dictionary<string, string>
        {
            ["PhoneNumbers"] = "13907310001",
            ["SignName"] = "两地书",
            ["TemplateCode"] = "SMS_1",
            ["TemplateParam"] = "{\"text\":\"王小明 请假 1天! *'()~ & = +\"}",
            ["OutId"] = "ob-1",
        }, new DateTimeOffset(2026, 11, 19, 4, 0, 0, TimeSpan.Zero), "nonce-1");
        var form = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(body).ToDictionary(p => p.Key, p => p.Value.ToString());
        var ours = form["Signature"];
        form.Remove("Signature");
        Assert.Equal(await sdk.RpcAsync(form, "LTAIexample", "sec+ret/="), ours);
    }
}
