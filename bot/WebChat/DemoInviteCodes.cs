using LeftBehind.Archive.Demo;

namespace LeftBehind.Bot.WebChat;

/// <summary>
/// The demo invite codes the page lists: the seeded demo school's fixed codes (only while demo data is on), plus any
/// extra ones in configuration <c>Demo:InviteCodes</c>, a list of <c>{"Code": "…", "Description": "…"}</c> or plain strings.
/// </summary>
internal sealed class DemoInviteCodes(IConfiguration configuration, IDemoInfo demo)
{
    public bool DemoMode => demo.Enabled;

    public IReadOnlyList<DemoInviteCode> Get()
    {
        var list = demo.Codes.Select(c => new DemoInviteCode(c.Code, c.Description)).ToList();
        foreach (var item in configuration.GetSection("Demo:InviteCodes").GetChildren())
        {
            var code = item.Value ?? item["Code"];
            if (!string.IsNullOrWhiteSpace(code)) list.Add(new DemoInviteCode(code.Trim(), item["Description"]));
        }
        return list;
    }
}
