using LeftBehind.Dialogs.Rights;
using LeftBehind.Dialogs.State;
using LeftBehind.Tests.Conversations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LeftBehind.Tests.Rights;

/// <summary>
/// Found by an earlier play session: a request made before the consent question was answered ("小明今天到校了吗") was
/// written into the conversation's stored state, its 30 minutes checked only when the person agreed; a father who
/// never agreed (or said 不同意, or never came back) had his words kept forever by a service he had not agreed to.
/// Minimum data (PIPL): the words are held in memory only, for at most 30 minutes by the clock, never stored, and
/// forgotten at once when he declines.
/// </summary>
public sealed class RequestBeforeConsentForgottenTranscriptTests
{
    private const string Question = "小明今天到校了吗";

    private static async Task<(ConversationHarness H, WrittenStateStorage Storage, Phone Dad)> FatherBeforeConsentAsync()
    {
        var storage = new WrittenStateStorage();
        var h = await ConversationHarness.CreateAsync(s => s.Replace(ServiceDescriptor.Singleton<IStorage>(storage)), familyConsented: false);
        var dad = h.NewPhone("dad");
        await dad.SendAsync("BABA23");
        dad.AllReplies();
        await dad.SendAsync(Question);
        Assert.StartsWith("请您单独确认", dad.AllReplies(), StringComparison.Ordinal);
        return (h, storage, dad);
    }

    [Fact]
    public async Task A_request_before_consent_is_never_written_to_stored_state_and_is_gone_after_thirty_minutes_though_he_never_comes_back()
    {
        var (h, storage, _) = await FatherBeforeConsentAsync();
        await using var _h = h;

        Assert.DoesNotContain(Question, await storage.AllAsync(), StringComparison.Ordinal);
        Assert.Equal(1, h.Get<EarlierRequests>().Count);

        h.Time.Advance(ConsentGate.EarlierRequestWindow + TimeSpan.FromSeconds(1));
        Assert.Equal(0, h.Get<EarlierRequests>().Count);
    }

    [Fact]
    public async Task Declining_forgets_the_request_at_once_and_agreeing_later_shows_the_menu()
    {
        var (h, storage, dad) = await FatherBeforeConsentAsync();
        await using var _h = h;

        await dad.SendAsync("不同意");
        dad.AllReplies();
        Assert.Equal(0, h.Get<EarlierRequests>().Count);

        await dad.SendAsync("同意");
        Assert.Equal("谢谢您，已记下您的同意。", dad.Reply());
        Assert.StartsWith("王建军，您好！想办什么？", dad.Reply(), StringComparison.Ordinal);
        Assert.DoesNotContain(Question, await storage.AllAsync(), StringComparison.Ordinal);
    }
}
