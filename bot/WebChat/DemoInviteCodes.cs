namespace LeftBehind.Bot.WebChat;

/// <summary>
/// The demo invite codes the page lists in Development. Source: configuration <c>Demo:InviteCodes</c>, a list of
/// <c>{"Code": "…", "Description": "…"}</c> (or plain strings).
/// THE PLACE FOR THE ARCHIVE: when the demo seeding exposes its codes as a service, read them here as well.
/// </summary>
internal sealed class DemoInviteCodes(IConfiguration configuration)
{
    public IReadOnlyList<DemoInviteCode> Get()
    {
        var list = new List<DemoInviteCode>();
        foreach (var item in configuration.GetSection("Demo:InviteCodes").GetChildren())
        {
            var code = item.Value ?? item["Code"];
            if (!string.IsNullOrWhiteSpace(code)) list.Add(new DemoInviteCode(code.Trim(), item["Description"]));
        }
        return list;
    }
}
