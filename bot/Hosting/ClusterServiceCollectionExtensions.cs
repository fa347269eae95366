using LeftBehind.Archive.Storage;
using LeftBehind.Dialogs.State;

namespace LeftBehind.Bot.Hosting;

internal static class ClusterServiceCollectionExtensions
{
    /// <summary>
    /// What lets several instances share one database: the backplane (LISTEN/NOTIFY) and the cross-process lock on
    /// PostgreSQL; on SQLite (one instance) their in-process counterparts. The only place they are chosen.
    /// </summary>
    public static IServiceCollection AddCluster(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration.GetSection(StorageOptions.Section).GetValue<StorageProvider?>(nameof(StorageOptions.Provider)) ?? StorageProvider.Sqlite;
        if (provider == StorageProvider.Postgres)
        {
            services.AddSingleton<PostgresBackplane>();
            services.AddSingleton<IBackplane>(sp => sp.GetRequiredService<PostgresBackplane>());
            services.AddHostedService(sp => sp.GetRequiredService<PostgresBackplane>());
            services.AddSingleton<IClusterLock, PostgresClusterLock>();
        }
        else
        {
            services.AddSingleton<IBackplane, InProcessBackplane>();
            services.AddSingleton<IClusterLock>(sp => new LocalClusterLock(sp.GetRequiredService<ConversationLocks>()));
        }
        return services;
    }
}
