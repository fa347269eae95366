using Microsoft.Extensions.Options;
using LeftBehind.Bot.Phone;

namespace LeftBehind.Bot.Sms;

/// <summary>A configured provider needs its credentials, signature name and a Default template; refused at start otherwise.</summary>
internal sealed class SmsOptionsValidator : IValidateOptions<SmsOptions>
{
    public ValidateOptionsResult Validate(string? name, SmsOptions o)
    {
        var missing = new List<string>();
        switch (o.Provider)
        {
            case PhoneProvider.Tencent:
                if (string.IsNullOrWhiteSpace(o.Tencent.SecretId)) missing.Add("Sms:Tencent:SecretId");
                if (string.IsNullOrWhiteSpace(o.Tencent.SecretKey)) missing.Add("Sms:Tencent:SecretKey");
                if (string.IsNullOrWhiteSpace(o.Tencent.SdkAppId)) missing.Add("Sms:Tencent:SdkAppId");
                if (string.IsNullOrWhiteSpace(o.Tencent.SignName)) missing.Add("Sms:Tencent:SignName");
                if (!Uri.TryCreate(o.Tencent.Endpoint, UriKind.Absolute, out _)) missing.Add("Sms:Tencent:Endpoint");
                break;
            case PhoneProvider.Aliyun:
                if (string.IsNullOrWhiteSpace(o.Aliyun.AccessKeyId)) missing.Add("Sms:Aliyun:AccessKeyId");
                if (string.IsNullOrWhiteSpace(o.Aliyun.AccessKeySecret)) missing.Add("Sms:Aliyun:AccessKeySecret");
                if (string.IsNullOrWhiteSpace(o.Aliyun.SignName)) missing.Add("Sms:Aliyun:SignName");
                if (!Uri.TryCreate(o.Aliyun.Endpoint, UriKind.Absolute, out _)) missing.Add("Sms:Aliyun:Endpoint");
                break;
            default:
                return ValidateOptionsResult.Success;
        }
        if (!o.Templates.TryGetValue("Default", out var d) || string.IsNullOrWhiteSpace(d.TemplateId)) missing.Add("Sms:Templates:Default:TemplateId");
        return missing.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail("missing or invalid: " + string.Join(", ", missing));
    }
}
