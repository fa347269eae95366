using LeftBehind.Dialogs.State;
using LeftBehind.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Tests.Bot;

/// <summary>
/// The turn lock on a real PostgreSQL: it reads the turn's rows as it locks and writes them on its own connection, and
/// the lock outlives that write's commit until the turn (replies included) is done.
/// </summary>
public sealed class PostgresTurnLockTests
{
    [Fact]
    public async Task A_turn_saved_through_its_lock_is_committed_at_once_and_the_conversation_stays_locked_until_release()
    {
        using var host = await PostgresHostAsync();
        var (turnLock, storage) = Resolve(host);
        var first = await storage.WriteAsync(Rows(("c/state", "{\"step\":1}", null)));

        var locked = await turnLock.AcquireAndReadAsync("turn/c", ["c/state"]);
        Assert.Equal("{\"step\":1}", locked.Rows["c/state"].Json);
        Assert.NotNull(locked.Writer);
        await locked.Writer.WriteAsync(Rows(("c/state", "{\"step\":2}", first["c/state"])));

        // Committed: another connection reads it while the turn still holds the lock.
        Assert.Equal("{\"step\":2}", (await storage.ReadAsync(["c/state"]))["c/state"].Json);
        Assert.Null(await turnLock.TryAcquireAsync("turn/c"));

        await locked.Held.DisposeAsync();
        var next = await turnLock.TryAcquireAsync("turn/c");
        Assert.NotNull(next);
        await next.DisposeAsync();
    }

    [Fact]
    public async Task A_stale_row_undoes_the_whole_write_through_the_lock_which_stays_held_for_the_turn_to_run_again()
    {
        using var host = await PostgresHostAsync();
        var (turnLock, storage) = Resolve(host);
        var seeded = await storage.WriteAsync(Rows(("c/conversation", "{\"n\":1}", null), ("u/user", "{\"n\":1}", null)));

        var locked = await turnLock.AcquireAndReadAsync("turn/c", ["c/conversation", "u/user"]);
        await using var held = locked.Held;
        // The user's row is saved meanwhile by a turn of another conversation of the same user.
        var other = await storage.WriteAsync(Rows(("u/user", "{\"n\":\"other\"}", seeded["u/user"])));

        var conflict = await Assert.ThrowsAsync<StorageConflictException>(() => locked.Writer!.WriteAsync(
            Rows(("c/conversation", "{\"n\":2}", seeded["c/conversation"]), ("u/user", "{\"n\":2}", seeded["u/user"]))));
        Assert.Equal("u/user", conflict.Key);
        Assert.Equal("{\"n\":1}", (await storage.ReadAsync(["c/conversation"]))["c/conversation"].Json);
        Assert.Null(await turnLock.TryAcquireAsync("turn/c"));

        // The turn runs again on fresh rows, still under its lock, and saves.
        await locked.Writer!.WriteAsync(Rows(("c/conversation", "{\"n\":2}", seeded["c/conversation"]), ("u/user", "{\"n\":3}", other["u/user"])));
        var saved = await storage.ReadAsync(["c/conversation", "u/user"]);
        Assert.Equal("{\"n\":2}", saved["c/conversation"].Json);
        Assert.Equal("{\"n\":3}", saved["u/user"].Json);
    }

    [Fact]
    public async Task A_row_created_meanwhile_by_another_turn_is_a_conflict_for_a_write_that_expected_none()
    {
        using var host = await PostgresHostAsync();
        var (turnLock, storage) = Resolve(host);
        var locked = await turnLock.AcquireAndReadAsync("turn/c", ["u/new"]);
        await using var held = locked.Held;
        Assert.Empty(locked.Rows);
        await storage.WriteAsync(Rows(("u/new", "{\"by\":\"other\"}", null)));

        var conflict = await Assert.ThrowsAsync<StorageConflictException>(() => locked.Writer!.WriteAsync(Rows(("u/new", "{\"by\":\"turn\"}", null))));
        Assert.Equal("u/new", conflict.Key);
        Assert.Equal("{\"by\":\"other\"}", (await storage.ReadAsync(["u/new"]))["u/new"].Json);
    }

    private static async Task<HostFactory> PostgresHostAsync()
    {
        var host = new HostFactory();
        host.Settings["Storage:Provider"] = "Postgres";
        host.Settings["ConnectionStrings:LeftBehind"] = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();
        _ = host.Services; // starts the host: migrations create kernel_state
        return host;
    }

    private static (IStateReadingClusterLock Lock, IStorage Storage) Resolve(HostFactory host) =>
        (Assert.IsAssignableFrom<IStateReadingClusterLock>(host.Services.GetRequiredService<IClusterLock>()), host.Services.GetRequiredService<IStorage>());

    private static Dictionary<string, StorageEntry> Rows(params (string Key, string Json, string? ETag)[] rows) =>
        rows.ToDictionary(r => r.Key, r => new StorageEntry(r.Json, r.ETag), StringComparer.Ordinal);
}
