using LeftBehind.Archive.Access;
using LeftBehind.Archive.Roster;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Archive.Binding;

internal static class TurnCacheServiceCollectionExtensions
{
    /// <summary>
    /// The write-behind audit (flushed on a graceful stop) and the short-lived sender cache, with the roster importer
    /// wrapped so an import clears it. Called after the archive's services are registered.
    /// </summary>
    public static IServiceCollection AddTurnCaches(this IServiceCollection services)
    {
        services.AddSingleton<AuditWriter>();
        services.AddHostedService<AuditFlushOnStop>();
        services.AddSingleton<SenderCache>();
        var importer = services.LastOrDefault(d => d.ServiceType == typeof(IRosterImporter) && d.ImplementationType is not null)
            ?? throw new InvalidOperationException("register the roster importer first");
        services.Remove(importer);
        services.AddSingleton(importer.ImplementationType!);
        services.AddSingleton<IRosterImporter>(sp => new SenderCacheRosterImporter(
            (IRosterImporter)sp.GetRequiredService(importer.ImplementationType!), sp.GetRequiredService<SenderCache>()));
        return services;
    }
}
