using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Care;

/// <summary>#20 item 5: a guardian answers the 座谈会 invitation by word or digit, and may change their mind.</summary>
public sealed class MeetingReplyTranscriptTests
{
    [Fact]
    public async Task Grandpa_answers_the_invitation_in_his_own_words_then_changes_his_mind_with_a_digit()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var grandpa = await CarePeople.BoundAsync(h, "yeye", "YEYE67");
        var ming = await h.ChildAsync("王小明");
        var meetings = h.Get<IMeetingService>();
        var meeting = await meetings.ScheduleAsync(Actor.Admin, new MeetingInput(ming.SchoolId, ming.ClassId, "期末座谈会", new DateTimeOffset(2026, 11, 24, 7, 0, 0, TimeSpan.Zero), "三楼会议室"));
        var invitations = await meetings.GetInvitationsAsync(Actor.Admin, meeting.Id);
        Assert.Contains(invitations, i => i.Role == FamilyRole.Guardian);
        // The invitation job's part (tested with the outbox in the scheduler's term test): the invitations are out.
        await meetings.MarkInvitedAsync(invitations.Select(i => i.Id).ToList(), h.Time.GetUtcNow());

        await grandpa.SendAsync("去不了");
        Assert.Equal("好的，已告诉学校您这次参加不了“期末座谈会”（11月24日 15:00）。", grandpa.Reply());
        await grandpa.SendAsync("1");
        Assert.Equal("好的，已告诉学校您会参加“期末座谈会”（11月24日 15:00）。", grandpa.Reply());
        grandpa.NoMoreReplies();

        var mine = Assert.Single(await meetings.GetInvitationsAsync(Actor.Admin, meeting.Id), i => i.PersonName == "王德福");
        Assert.Equal(MeetingReply.Attend, mine.Reply);
        Assert.Equal(1, Assert.Single(await meetings.ListAsync(Actor.Admin)).Attending);
    }

    [Fact]
    public async Task Without_an_invitation_a_bare_digit_keeps_its_menu_meaning()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var grandpa = await CarePeople.BoundAsync(h, "yeye", "YEYE67");
        await grandpa.SendAsync("参加");
        Assert.DoesNotContain("座谈会", grandpa.AllReplies(), StringComparison.Ordinal);
    }
}
