using System.Text.Json;
using LeftBehind.Archive.Storage;
using LeftBehind.Dialogs.Resources;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Dialogs.State;
using LeftBehind.Dialogs.Testing;

namespace LeftBehind.Tests.Kernel;

/// <summary>
/// A turn that stores nothing but defaults creates no state row: a stranger's message must leave the database as it
/// was. Real changes, and stacks that were stored before, are still saved.
/// </summary>
public sealed class EmptyStateTests
{
    [Fact]
    public async Task Messages_from_an_unknown_sender_that_change_nothing_write_no_row_on_sqlite()
    {
        var path = KernelStorages.NewSqlitePath();
        await TwoMessagesFromAStrangerAsync(KernelStorages.Sqlite(path));
        Assert.Equal(0, await KernelStorages.CountRowsAsync(KernelStorages.SqliteConnections(path)));
    }

    [Fact]
    public async Task Messages_from_an_unknown_sender_that_change_nothing_write_no_row_on_postgres()
    {
        var database = await KernelStorages.PostgresDatabaseAsync();
        await TwoMessagesFromAStrangerAsync(KernelStorages.Postgres(database));
        Assert.Equal(0, await KernelStorages.CountRowsAsync(KernelStorages.PostgresConnections(database)));
    }

    [Fact]
    public async Task A_choice_the_sender_made_is_saved_with_the_record_of_its_activity()
    {
        var path = KernelStorages.NewSqlitePath();
        var storage = KernelStorages.Sqlite(path);
        var client = new DialogTestClient(Channels.Test, new AnswerOnceDialog(Accessors(storage)) { RememberLocale = true }, storage: storage);
        await client.Flow().Send("繁體").AssertReply("请先输入老师给您的邀请码。").StartTestAsync();

        // The user's choice, the conversation (with the activity's id) and the row of that activity's replies.
        Assert.Equal(3, await KernelStorages.CountRowsAsync(KernelStorages.SqliteConnections(path)));
        var user = await Read(storage, $"{Channels.Test}/users/user1");
        Assert.Equal(Locales.ZhTw, user.GetProperty(KernelAccessors.ProfileProperty).GetProperty("locale").GetString());
        var conversation = await Read(storage, $"{Channels.Test}/conversations/{client.Adapter.Conversation.Conversation!.Id}");
        Assert.Single(conversation.GetProperty("processedActivities").GetProperty("recent").EnumerateArray());
    }

    [Fact]
    public async Task A_dialog_waiting_for_an_answer_is_saved()
    {
        var path = KernelStorages.NewSqlitePath();
        var client = new DialogTestClient(Channels.Test, new ReportSickDayDialog(), storage: KernelStorages.Sqlite(path));
        await client.Flow().Send("开始").AssertReply("哪个孩子请假？").StartTestAsync();
        // The conversation (its dialog stack) and the row of the replies its activity got.
        Assert.Equal(2, await KernelStorages.CountRowsAsync(KernelStorages.SqliteConnections(path)));
    }

    [Fact]
    public async Task A_stored_dialog_that_ends_empty_is_written_empty()
    {
        var storage = KernelStorages.Sqlite(KernelStorages.NewSqlitePath());
        var client = new DialogTestClient(Channels.Test, new ReportSickDayDialog(), storage: storage);
        await client.Flow()
            .Send("开始").AssertReply("哪个孩子请假？")
            .Send("1").AssertReply("请几天假？")
            .Send("1").AssertReply("小明请假1天，对吗？")
            .Send("对").AssertReply("已为小明请假1天。")
            .StartTestAsync();
        var conversation = await Read(storage, $"{Channels.Test}/conversations/{client.Adapter.Conversation.Conversation!.Id}");
        Assert.Empty(conversation.GetProperty(KernelAccessors.DialogStateProperty).GetProperty("dialogStack").EnumerateArray());
        Assert.Equal(4, conversation.GetProperty("processedActivities").GetProperty("recent").GetArrayLength());
    }

    private static async Task TwoMessagesFromAStrangerAsync(IStorage storage)
    {
        var client = new DialogTestClient(Channels.Test, new AnswerOnceDialog(Accessors(storage)), storage: storage);
        await client.Flow()
            .Send("你好").AssertReply("请先输入老师给您的邀请码。")
            .Send("在吗").AssertReply("请先输入老师给您的邀请码。")
            .StartTestAsync();
    }

    /// <summary>Accessors are views over storage: the dialog's and the runner's share the turn's cached state.</summary>
    private static KernelAccessors Accessors(IStorage storage) => new(new UserState(storage), new ConversationState(storage));

    private static async Task<JsonElement> Read(IStorage storage, string key) =>
        JsonDocument.Parse((await storage.ReadAsync([key]))[key].Json).RootElement.Clone();
}
