using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Archive.Staff;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Rights;

/// <summary>Issue #19: a mother who changed phone types the code of her old slip after the school gave her a new one.</summary>
public sealed class ReplacedInviteTranscriptTests
{
    [Fact]
    public async Task The_old_code_is_refused_as_replaced_not_as_a_typo_and_the_new_code_binds()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var staff = h.Get<IStaffConsole>();
        var ming = await h.ChildAsync("王小明");
        var old = (await staff.InvitesAsync(Actor.Admin, null, ming.Id)).First(i => i.Role == InviteRole.Mother && i.Status == InviteStatus.Open);
        var fresh = await staff.ReissueAsync(Actor.Admin, old.Id);
        var mum = h.NewPhone("mum-new-phone");

        await mum.SendAsync(old.Code);
        var refused = mum.AllReplies();
        await mum.SendAsync(fresh.Code);

        Assert.Contains("已经停用了", refused);
        Assert.Contains("最新的邀请单", refused);
        Assert.DoesNotContain("请核对", refused);
        Assert.Contains("绑定成功", mum.AllReplies());
    }
}
