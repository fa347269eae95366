using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Care;

/// <summary>The demo school's people the care transcripts need, bound on their own phones.</summary>
internal static class CarePeople
{
    public static async Task<Phone> BoundAsync(ConversationHarness h, string userId, string code, string? locale = null)
    {
        var phone = h.NewPhone(userId, locale);
        await phone.SendAsync(code);
        Assert.NotEmpty(phone.AllReplies());
        return phone;
    }

    public static async Task<int> ChildIdAsync(ConversationHarness h, string name) =>
        (await h.Get<IChildrenService>().GetChildrenAsync(Actor.Admin)).Single(c => c.Name == name).Id;

    public static async Task<ChildFamily> FamilyAsync(ConversationHarness h, string childName) =>
        (await h.Get<IChildrenService>().GetFamilyAsync(Actor.Admin, await ChildIdAsync(h, childName)))!;

    /// <summary>Open guardian gaps by child name.</summary>
    public static async Task<IReadOnlyList<CareConcernInfo>> OpenGapsAsync(ConversationHarness h) =>
        (await h.Get<ICareService>().GetOpenConcernsAsync(Actor.Admin)).Where(c => c.Kind == LeftBehind.Archive.Model.CareConcernKind.GuardianGap).ToList();
}
