using LeftBehind.Bot.Phone;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.Voice;

internal sealed class VoiceOptionsValidator : IValidateOptions<VoiceOptions>
{
    public ValidateOptionsResult Validate(string? name, VoiceOptions o)
    {
        var missing = new List<string>();
        switch (o.Provider)
        {
            case PhoneProvider.Tencent:
                if (string.IsNullOrWhiteSpace(o.Tencent.SecretId)) missing.Add("Voice:Tencent:SecretId");
                if (string.IsNullOrWhiteSpace(o.Tencent.SecretKey)) missing.Add("Voice:Tencent:SecretKey");
                if (string.IsNullOrWhiteSpace(o.Tencent.VoiceSdkAppid)) missing.Add("Voice:Tencent:VoiceSdkAppid");
                if (!Uri.TryCreate(o.Tencent.Endpoint, UriKind.Absolute, out _)) missing.Add("Voice:Tencent:Endpoint");
                break;
            case PhoneProvider.Aliyun:
                if (string.IsNullOrWhiteSpace(o.Aliyun.AccessKeyId)) missing.Add("Voice:Aliyun:AccessKeyId");
                if (string.IsNullOrWhiteSpace(o.Aliyun.AccessKeySecret)) missing.Add("Voice:Aliyun:AccessKeySecret");
                if (!Uri.TryCreate(o.Aliyun.Endpoint, UriKind.Absolute, out _)) missing.Add("Voice:Aliyun:Endpoint");
                break;
            default:
                return ValidateOptionsResult.Success;
        }
        if (!o.Templates.TryGetValue("Default", out var d) || string.IsNullOrWhiteSpace(d.TemplateId)) missing.Add("Voice:Templates:Default:TemplateId");
        return missing.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail("missing or invalid: " + string.Join(", ", missing));
    }
}
