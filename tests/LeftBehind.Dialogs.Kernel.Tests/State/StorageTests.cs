using LeftBehind.Dialogs.State;

namespace LeftBehind.Tests.Kernel;

public sealed class StorageTests
{
    [Fact]
    public Task Memory_storage_keeps_etag_rules() => StorageConformance.RunAsync(new MemoryStorage());

    [Fact]
    public Task Sqlite_storage_keeps_etag_rules() => StorageConformance.RunAsync(KernelStorages.Sqlite(KernelStorages.NewSqlitePath()));

    [Fact]
    public async Task Postgres_storage_keeps_etag_rules() => await StorageConformance.RunAsync(await KernelStorages.PostgresAsync());

    [Fact]
    public async Task Bot_state_save_with_a_stale_etag_is_a_conflict_not_an_overwrite()
    {
        var storage = KernelStorages.Sqlite(KernelStorages.NewSqlitePath());
        var state = new ConversationState(storage);
        var counter = state.CreateProperty<CounterState>("counter");
        var adapter = new Dialogs.Testing.TestAdapter();
        var first = new Dialogs.Kernel.TurnContext(adapter, adapter.MakeActivity("a"));
        var second = new Dialogs.Kernel.TurnContext(adapter, adapter.MakeActivity("b"));

        (await counter.GetAsync(first, () => new CounterState())).Count++;
        (await counter.GetAsync(second, () => new CounterState())).Count += 10;
        await state.SaveChangesAsync(first);
        await Assert.ThrowsAsync<StorageConflictException>(() => state.SaveChangesAsync(second));

        var third = new Dialogs.Kernel.TurnContext(adapter, adapter.MakeActivity("c"));
        Assert.Equal(1, (await counter.GetAsync(third)).Count);
    }

    [Fact]
    public async Task Unchanged_state_is_not_written_again()
    {
        var storage = new MemoryStorage();
        var state = new UserState(storage);
        var profile = state.CreateProperty<UserProfile>("profile");
        var adapter = new Dialogs.Testing.TestAdapter();
        var turn = new Dialogs.Kernel.TurnContext(adapter, adapter.MakeActivity("a"));
        await profile.SetAsync(turn, new UserProfile { Locale = "zh-TW" });
        await state.SaveChangesAsync(turn);
        var key = state.GetStorageKey(turn)!;
        var tag = (await storage.ReadAsync([key]))[key].ETag;

        var next = new Dialogs.Kernel.TurnContext(adapter, adapter.MakeActivity("b"));
        Assert.Equal("zh-TW", (await profile.GetAsync(next))!.Locale);
        await state.SaveChangesAsync(next);
        Assert.Equal(tag, (await storage.ReadAsync([key]))[key].ETag);
    }
}
