using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Resources;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Dialogs.State;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LeftBehind.Dialogs.Testing;

/// <summary>
/// Runs one dialog as the root of a test conversation through the real <see cref="TurnRunner"/> (lock, one read,
/// one eTag-checked write). MemoryStorage by default; pass a DbStorage to run the same transcript on SQLite, and a
/// new client on the same storage and conversation id to simulate a restart.
/// </summary>
public sealed class DialogTestClient
{
    private readonly Dialog _dialog;
    private readonly object? _initialOptions;
    private readonly TurnRunner _runner;

    public DialogTestClient(
        string channelId,
        Dialog targetDialog,
        object? initialDialogOptions = null,
        IEnumerable<IMiddleware>? middlewares = null,
        IStorage? storage = null,
        TimeProvider? timeProvider = null,
        string? locale = Locales.ZhCn,
        string? conversationId = null,
        string userId = "user1",
        KernelOptions? options = null)
    {
        _dialog = targetDialog;
        _initialOptions = initialDialogOptions;
        Storage = storage ?? new MemoryStorage();
        Time = timeProvider ?? TimeProvider.System;
        UserState = new UserState(Storage);
        ConversationState = new ConversationState(Storage);
        PrivateConversationState = new PrivateConversationState(Storage);
        Accessors = new KernelAccessors(UserState, ConversationState);
        Adapter = new TestAdapter(channelId, Time, locale, conversationId, userId);
        foreach (var m in middlewares ?? []) Adapter.Use(m);
        _runner = new TurnRunner(UserState, ConversationState, PrivateConversationState, Accessors, new ConversationLocks(),
            Options.Create(options ?? new KernelOptions()), NullLogger<TurnRunner>.Instance);
    }

    public TestAdapter Adapter { get; }
    public IStorage Storage { get; }
    public TimeProvider Time { get; }
    public UserState UserState { get; }
    public ConversationState ConversationState { get; }
    public PrivateConversationState PrivateConversationState { get; }
    public KernelAccessors Accessors { get; }

    /// <summary>The result of the last turn's dialog run.</summary>
    public DialogTurnResult? DialogTurnResult { get; private set; }

    /// <summary>The turn callback (for a TestFlow or a benchmark).</summary>
    public BotCallbackHandler Callback => OnTurnAsync;

    /// <summary>Sends text and returns the first message the bot replied (the rest via <see cref="GetNextReply"/>).</summary>
    public Task<Activity?> SendActivityAsync(string text, CancellationToken cancellationToken = default) =>
        SendActivityAsync(Adapter.MakeActivity(text), cancellationToken);

    public async Task<Activity?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        await Adapter.ProcessActivityAsync(activity, OnTurnAsync, cancellationToken).ConfigureAwait(false);
        return Adapter.GetNextMessage();
    }

    public Activity? GetNextReply() => Adapter.GetNextMessage();

    public TestFlow Flow() => new(Adapter, OnTurnAsync);

    private Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        KernelTurnState.SetTimeProvider(turnContext, Time);
        return _runner.RunAsync(turnContext, async (ctx, ct) =>
        {
            DialogTurnResult = ctx.Activity.Type == ActivityTypes.Message || ctx.Activity.Type == ActivityTypes.Event
                ? await _dialog.RunAsync(ctx, Accessors.DialogState, _initialOptions, ct).ConfigureAwait(false)
                : DialogTurnResult;
        }, cancellationToken);
    }
}
