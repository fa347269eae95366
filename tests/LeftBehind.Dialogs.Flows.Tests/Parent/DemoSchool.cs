using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Parent;

/// <summary>Ids of the demo school's people the parent tests talk about (BABA23 is 王建军, father of 王小明 and 王小红).</summary>
internal sealed record DemoSchool(int Ming, int Hong, int SiYu, int HeadTeacher, int PairedTeacher, int Grandpa, int Father)
{
    public static async Task<DemoSchool> LoadAsync(ConversationHarness h)
    {
        var children = h.Get<IChildrenService>();
        var all = await children.GetChildrenAsync(Actor.Admin);
        int Id(string name) => all.Single(c => c.Name == name).Id;
        var family = (await children.GetFamilyAsync(Actor.Admin, Id("王小明")))!;
        return new DemoSchool(Id("王小明"), Id("王小红"), Id("李思雨"), family.HeadTeacher!.Id, family.PairedTeacher!.Id, family.Guardian!.Id, family.Father!.Id);
    }
}
