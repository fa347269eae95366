using LeftBehind.Archive.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LeftBehind.Archive;

public static class ArchiveHostingExtensions
{
    /// <summary>Storage (SQLite by default, PostgreSQL by configuration) and the family archive.</summary>
    public static IHostApplicationBuilder AddArchive(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>()
            .Bind(builder.Configuration.GetSection(StorageOptions.Section))
            .Configure(o =>
            {
                var cs = builder.Configuration.GetConnectionString("LeftBehind");
                if (!string.IsNullOrWhiteSpace(cs)) o.ConnectionString = cs;
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IDbConnectionFactory, DbConnectionFactory>();
        return builder;
    }
}
