using LeftBehind.Dialogs.State;

namespace LeftBehind.Tests.Kernel;

/// <summary>The eTag rules every IStorage must keep, run against memory, SQLite and PostgreSQL.</summary>
internal static class StorageConformance
{
    public static async Task RunAsync(IStorage storage)
    {
        var key = "test/conversations/" + Guid.NewGuid().ToString("n");
        var other = key + "/other";

        Assert.Empty(await storage.ReadAsync([key]));

        var t1 = (await storage.WriteAsync(new Dictionary<string, StorageEntry> { [key] = new("{\"n\":1}") }))[key];
        var read = (await storage.ReadAsync([key, other]))[key];
        Assert.Equal("{\"n\":1}", read.Json);
        Assert.Equal(t1, read.ETag);

        // null means "nothing stored yet": a second creator loses.
        await Assert.ThrowsAsync<StorageConflictException>(() => storage.WriteAsync(new Dictionary<string, StorageEntry> { [key] = new("{\"n\":9}") }));

        var t2 = (await storage.WriteAsync(new Dictionary<string, StorageEntry> { [key] = new("{\"n\":2}", t1) }))[key];
        Assert.NotEqual(t1, t2);

        // The stale tag is refused, and the batch is all or nothing.
        var conflict = await Assert.ThrowsAsync<StorageConflictException>(() => storage.WriteAsync(new Dictionary<string, StorageEntry>
        {
            [other] = new("{\"o\":1}"),
            [key] = new("{\"n\":3}", t1),
        }));
        Assert.Equal(key, conflict.Key);
        var afterConflict = await storage.ReadAsync([key, other]);
        Assert.Equal("{\"n\":2}", afterConflict[key].Json);
        Assert.False(afterConflict.ContainsKey(other));

        // "*" forces.
        var t3 = (await storage.WriteAsync(new Dictionary<string, StorageEntry> { [key] = new("{\"n\":4}", "*") }))[key];
        Assert.Equal(t3, (await storage.ReadAsync([key]))[key].ETag);

        await storage.DeleteAsync([key]);
        Assert.Empty(await storage.ReadAsync([key]));
        await storage.WriteAsync(new Dictionary<string, StorageEntry> { [key] = new("{\"n\":5}") });
        Assert.Equal("{\"n\":5}", (await storage.ReadAsync([key]))[key].Json);
    }
}
