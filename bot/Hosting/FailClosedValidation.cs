using LeftBehind.Bot.Admin;
using LeftBehind.Bot.Auth;
using LeftBehind.Bot.DirectLine;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.Hosting;

/// <summary>
/// Outside Development the service refuses to start open: it needs the admin key, the Direct Line secret, and either a
/// Bot Framework app id (so <c>/api/messages</c> authenticates) or the channel endpoint switched off. The conveniences of
/// an empty key — loopback callers let in — exist only in Development, where nobody sits behind a proxy.
/// </summary>
internal sealed class FailClosedValidation(IHostEnvironment environment, IOptions<AdminOptions> admin, IOptions<DirectLineOptions> directLine, IOptions<BotAuthOptions> auth)
    : IValidateOptions<BotHostOptions>
{
    public ValidateOptionsResult Validate(string? name, BotHostOptions options)
    {
        if (environment.IsDevelopment()) return ValidateOptionsResult.Success;
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(admin.Value.ApiKey)) missing.Add("Admin:ApiKey is required outside Development");
        if (string.IsNullOrWhiteSpace(directLine.Value.Secret)) missing.Add("DirectLine:Secret is required outside Development");
        if (auth.Value.IsAuthenticationDisabled && !options.DisableChannelEndpoint)
            missing.Add("MicrosoftAppId is required outside Development (or set BotHost:DisableChannelEndpoint=true when no Bot Framework channel is used)");
        if (options.AllowUnauthenticatedRemote) missing.Add("BotHost:AllowUnauthenticatedRemote is for Development only");
        if (directLine.Value.AllowAnonymous) missing.Add("DirectLine:AllowAnonymous is for Development only");
        return missing.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(missing);
    }
}
