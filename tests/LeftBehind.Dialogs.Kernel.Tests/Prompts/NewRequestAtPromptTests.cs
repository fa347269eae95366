using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Dialogs.Testing;

namespace LeftBehind.Tests.Kernel;

/// <summary>
/// The prompts' one mechanism for a new request typed instead of an answer: the application's
/// <see cref="INewRequestRecognizer"/> (here: any message with "写信" in it) decides; the prompt says what became of what
/// waited, ends the whole stack and the root dialog starts again on the same message. Without a recogniser, or when it
/// says no, the prompt asks again as before; a text prompt keeps the words as written.
/// </summary>
public sealed class NewRequestAtPromptTests
{
    /// <summary>The root: "写信…" starts a letter at once; anything else is a question confirmed before it is sent.</summary>
    private static ComponentDialog Root()
    {
        var steps = new WaterfallDialog("root", [
            async (step, ct) =>
            {
                if (step.Context.Activity.Text?.Contains("写信", StringComparison.Ordinal) == true)
                {
                    await step.Context.SendActivityAsync("开始写信。", ct);
                    return await step.EndDialogAsync(null, ct);
                }
                return await step.PromptAsync("confirm", new PromptOptions
                {
                    Prompt = MessageFactory.Text("要转给老师吗？"),
                    NewRequestNotice = MessageFactory.Text("刚才那句话没有转给老师。"),
                }, ct);
            },
            (step, ct) => step.PromptAsync("note", new PromptOptions { Prompt = MessageFactory.Text($"答复：{step.Result}。还要补充什么？") }, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"补充：{step.Result}", ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]);
        var root = new ComponentDialog("c");
        root.AddDialog(steps);
        root.AddDialog(new ConfirmPrompt("confirm"));
        root.AddDialog(new TextPrompt("note"));
        return root;
    }

    private static DialogTestClient Client(bool withRecognizer) =>
        new(Channels.DirectLine, Root(), middlewares: withRecognizer ? [new UseRecognizer()] : null);

    [Fact]
    public async Task A_new_request_at_a_yes_no_question_says_what_waited_and_starts_the_request()
    {
        await Client(withRecognizer: true).Flow()
            .Send("问下老师作业").AssertReply("要转给老师吗？")
            .Send("给孩子写信").AssertReply("刚才那句话没有转给老师。").AssertReply("开始写信。").AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task An_answer_it_cannot_read_is_asked_again_and_a_yes_still_answers()
    {
        await Client(withRecognizer: true).Flow()
            .Send("问下老师作业").AssertReply("要转给老师吗？")
            .Send("稍等").AssertReply("请回复「是」或「不是」。\n要转给老师吗？")
            .Send("好").AssertReply("答复：True。还要补充什么？")
            // Free text is the user's words: "写信" here is what they add, not a new request.
            .Send("让他周末写信").AssertReply("补充：让他周末写信")
            .StartTestAsync();
    }

    [Fact]
    public async Task Without_a_recogniser_the_prompt_only_asks_again()
    {
        await Client(withRecognizer: false).Flow()
            .Send("问下老师作业").AssertReply("要转给老师吗？")
            .Send("给孩子写信").AssertReply("请回复「是」或「不是」。\n要转给老师吗？")
            .StartTestAsync();
    }

    private sealed class UseRecognizer : IMiddleware, INewRequestRecognizer
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            KernelTurnState.SetNewRequestRecognizer(turnContext, this);
            return next(cancellationToken);
        }

        public Task<bool> IsNewRequestAsync(DialogContext dc, CancellationToken cancellationToken) =>
            Task.FromResult(dc.Context.Activity.Text?.Contains("写信", StringComparison.Ordinal) == true);
    }
}
