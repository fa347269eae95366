using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.WeChat;

/// <summary>An enabled channel must have a usable key and templates with fields; a disabled one is not checked.</summary>
internal sealed class WeChatOptionsValidator : IValidateOptions<WeChatOptions>
{
    public ValidateOptionsResult Validate(string? name, WeChatOptions options)
    {
        if (!options.Enabled) return ValidateOptionsResult.Success;
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.AppId)) errors.Add("WeChat:AppId is required when WeChat:Enabled is true");
        if (string.IsNullOrWhiteSpace(options.AppSecret)) errors.Add("WeChat:AppSecret is required when WeChat:Enabled is true");
        if (string.IsNullOrWhiteSpace(options.Token)) errors.Add("WeChat:Token is required when WeChat:Enabled is true");
        if (!string.IsNullOrEmpty(options.EncodingAESKey) && !WeChatCrypto.IsValidKey(options.EncodingAESKey)) errors.Add("WeChat:EncodingAESKey must be 43 characters of base64");
        if (!string.IsNullOrEmpty(options.PreviousEncodingAESKey) && !WeChatCrypto.IsValidKey(options.PreviousEncodingAESKey)) errors.Add("WeChat:PreviousEncodingAESKey must be 43 characters of base64");
        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && !api.IsLoopback)) errors.Add("WeChat:ApiBaseUrl must be an https address (or loopback for tests)");
        foreach (var (kind, template) in options.Templates)
        {
            if (!WeChatNoticeKinds.All.Contains(kind, StringComparer.OrdinalIgnoreCase)) errors.Add($"WeChat:Templates:{kind} is not a notice kind ({string.Join(", ", WeChatNoticeKinds.All)})");
            if (string.IsNullOrWhiteSpace(template.Id)) errors.Add($"WeChat:Templates:{kind}:Id is required");
            if (template.Fields.Count < 2) errors.Add($"WeChat:Templates:{kind}:Fields needs at least two field names (title and text)");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
