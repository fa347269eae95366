using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Testing;

/// <summary>
/// A dialog test written as a transcript (Bot Builder's TestFlow):
/// <c>flow.Send("请假").AssertReply("哪天？").AssertSuggestedActions("今天", "明天").StartTestAsync()</c>.
/// Turns run to completion before the next step, so no step waits on a timeout. Typing indicators are skipped.
/// </summary>
public sealed class TestFlow(TestAdapter adapter, BotCallbackHandler callback)
{
    private readonly List<Func<Task>> _steps = [];
    private readonly List<string> _log = [];
    private Activity? _last;

    public TestAdapter Adapter { get; } = adapter;

    public TestFlow Send(string text) => Send(Adapter.MakeActivity(text));

    public TestFlow Send(Activity activity) => Then(async () =>
    {
        _log.Add("User: " + (activity.Text ?? $"<{activity.Type}>"));
        await Adapter.ProcessActivityAsync(activity, callback).ConfigureAwait(false);
    });

    public TestFlow SendConversationUpdate()
    {
        var a = Adapter.MakeActivity();
        a.Type = ActivityTypes.ConversationUpdate;
        a.Text = null;
        a.MembersAdded = [Adapter.Conversation.User!];
        return Send(a);
    }

    public TestFlow AssertReply(string expected) =>
        AssertReply(a => a.Text == expected, $"\"{expected}\"");

    public TestFlow AssertReplyContains(string fragment) =>
        AssertReply(a => a.Text?.Contains(fragment, StringComparison.Ordinal) == true, $"a reply containing \"{fragment}\"");

    public TestFlow AssertReplyOneOf(params string[] candidates) =>
        AssertReply(a => candidates.Contains(a.Text), "one of " + string.Join(" | ", candidates));

    public TestFlow AssertReply(Action<Activity> inspect) => Then(() =>
    {
        inspect(Take("a reply"));
        return Task.CompletedTask;
    });

    public TestFlow AssertReply(Func<Activity, bool> predicate, string description) => Then(() =>
    {
        var reply = Take(description);
        if (!predicate(reply)) Fail($"expected {description}, got \"{reply.Text}\"");
        return Task.CompletedTask;
    });

    /// <summary>Checks the buttons of the reply asserted last.</summary>
    public TestFlow AssertSuggestedActions(params string[] titles) => Then(() =>
    {
        var actual = _last?.SuggestedActions?.Actions?.Select(a => a.Title ?? string.Empty).ToArray() ?? [];
        if (!actual.SequenceEqual(titles)) Fail($"expected buttons [{string.Join(", ", titles)}], got [{string.Join(", ", actual)}]");
        return Task.CompletedTask;
    });

    public TestFlow AssertNoReply() => Then(() =>
    {
        if (Adapter.GetNextMessage() is { } extra) Fail($"expected no reply, got \"{extra.Text}\"");
        return Task.CompletedTask;
    });

    public TestFlow Test(string userSays, string expected) => Send(userSays).AssertReply(expected);

    /// <summary>Runs any action between steps (advance a FakeTimeProvider, restart the bot).</summary>
    public TestFlow Do(Func<Task> action) => Then(action);

    public TestFlow Do(Action action) => Then(() =>
    {
        action();
        return Task.CompletedTask;
    });

    public async Task StartTestAsync()
    {
        foreach (var step in _steps) await step().ConfigureAwait(false);
    }

    private TestFlow Then(Func<Task> step)
    {
        _steps.Add(step);
        return this;
    }

    private Activity Take(string description)
    {
        var reply = Adapter.GetNextMessage();
        if (reply is null) Fail($"expected {description}, but the bot said nothing more");
        _last = reply;
        _log.Add("Bot: " + reply!.Text);
        return reply;
    }

    private void Fail(string message) =>
        throw new TranscriptAssertionException(message + "\nTranscript so far:\n  " + string.Join("\n  ", _log));
}
