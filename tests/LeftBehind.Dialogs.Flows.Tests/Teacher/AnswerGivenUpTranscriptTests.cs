using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Teacher;

/// <summary>
/// Found playing the paired teacher 王芳 at 390×844: at 「把这段话作为回答发给王小明的家长吗？」 she typed three things that
/// were neither yes nor no, and the bot said only 「没关系，这一步先跳过。」 — which does not say whether her answer went.
/// A prompt that gives up says what became of what waited, as it does when a new request ends it.
/// </summary>
public sealed class AnswerGivenUpTranscriptTests : IAsyncLifetime
{
    private ConversationHarness _h = null!;

    public async Task InitializeAsync() => _h = await ConversationHarness.CreateFamilyAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task A_teacher_who_never_says_yes_or_no_to_sending_her_answer_is_told_it_was_not_sent_and_the_parent_receives_nothing()
    {
        var father = await _h.BindAsync(ConversationHarness.Father, "baba");
        await _h.BindAsync(ConversationHarness.MentorTeacher, "wang");
        await _h.Teacher("wang").Flow()
            .Send("1").AssertReplyContains("有1个问题等您回答")
            .Send("1").AssertReplyContains("王小明的家长问")
            .Send("这个我还要问一下数学老师").AssertReplyContains("把这段话作为回答发给王小明的家长吗？")
            .Send("嗯 我想想").AssertReplyContains("请回复「是」或「不是」")
            .Send("小明").AssertReplyContains("请回复「是」或「不是」")
            .Send("这周情绪稳定，说想妈妈了").AssertReplyContains("刚才的回答没有发出。")
            .StartTestAsync();
        Assert.Empty(_h.Messenger.To(father.PersonId));
    }
}
