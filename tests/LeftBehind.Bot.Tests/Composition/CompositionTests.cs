using LeftBehind.Bot.Composition;
using LeftBehind.Bot.Storage;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.State;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Tests.Bot;

/// <summary>What the host composes from the projects (moved from the kernel's pipeline tests).</summary>
public sealed class CompositionTests
{
    [Fact]
    public void The_default_storage_is_the_database_and_the_default_bot_runs_dialogs()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<global::LeftBehind.Archive.Storage.IDbConnectionFactory>(new global::LeftBehind.Archive.Storage.DbConnectionFactory(
            Microsoft.Extensions.Options.Options.Create(new global::LeftBehind.Archive.Storage.StorageOptions { ConnectionString = $"Data Source={Path.Combine(Path.GetTempPath(), $"kernel-{Guid.NewGuid():n}.db")}" })));
        var configuration = new ConfigurationBuilder().Build();
        services.AddConversationKernel(configuration);
        services.AddConversations(configuration);
        services.AddComposition();
        using var sp = services.BuildServiceProvider();
        Assert.IsType<DbStorage>(sp.GetRequiredService<IStorage>());
        // The flows register the one IBot, and it runs dialogs.
        var bot = Assert.Single(services, d => d.ServiceType == typeof(IBot));
        Assert.True(typeof(DialogBot).IsAssignableFrom(bot.ImplementationType));
    }
}
