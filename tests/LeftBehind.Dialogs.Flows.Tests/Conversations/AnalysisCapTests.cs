using System.Collections.Concurrent;
using LeftBehind.Dialogs.Understanding;
using LeftBehind.Tests.Understanding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LeftBehind.Tests.Conversations;

/// <summary>A message is analysed once per turn, and only its head: a huge message costs what a normal one does.</summary>
public sealed class AnalysisCapTests
{
    [Fact]
    public async Task A_300000_character_message_is_analysed_once_and_only_its_first_2000_characters()
    {
        var recorder = new RecordingAnalyzer(SharedAnalyzer.Local);
        await using var h = await ConversationHarness.CreateAsync(s =>
        {
            s.RemoveAll<ITextAnalyzer>();
            s.AddSingleton<ITextAnalyzer>(recorder);
        });
        var phone = h.NewPhone("dad");
        await phone.SendAsync("老师给了我一个邀请码 baba23");
        phone.AllReplies();
        recorder.Texts.Clear();

        await phone.SendAsync(new string('好', 300_000));

        Assert.NotEmpty(phone.AllReplies());
        var analysed = Assert.Single(recorder.Texts);
        Assert.Equal(LocalTextAnalyzer.MaxAnalyzedLength, analysed.Length);
    }

    [Fact]
    public void The_local_analyzer_reads_only_the_head_of_a_long_text()
    {
        var filler = new string('好', LocalTextAnalyzer.MaxAnalyzedLength);
        var late = SharedAnalyzer.Local.Analyze(filler + "孩子喝了农药 13812345678", null);
        Assert.False(late.Urgent);
        Assert.Equal(LocalTextAnalyzer.MaxAnalyzedLength, late.Redacted.Length);
        Assert.DoesNotContain("13812345678", late.Redacted, StringComparison.Ordinal);

        var early = SharedAnalyzer.Local.Analyze("孩子喝了农药" + new string('好', 300_000), null);
        Assert.True(early.Urgent);
        Assert.True(early.Redacted.Length <= LocalTextAnalyzer.MaxAnalyzedLength);
    }

    private sealed class RecordingAnalyzer(ITextAnalyzer inner) : ITextAnalyzer
    {
        public ConcurrentQueue<string> Texts { get; } = new();

        public Task<TextAnalysis> AnalyzeAsync(string text, string? localeHint, CancellationToken cancellationToken)
        {
            Texts.Enqueue(text);
            return inner.AnalyzeAsync(text, localeHint, cancellationToken);
        }
    }
}
