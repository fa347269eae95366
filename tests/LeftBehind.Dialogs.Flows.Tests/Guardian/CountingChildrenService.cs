using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Tests.Guardian;

/// <summary>The real children service, counting how often a person's children list is read.</summary>
internal sealed class CountingChildrenService(IChildrenService inner) : IChildrenService
{
    private int _reads;

    public int Reads => Volatile.Read(ref _reads);

    public Task<IReadOnlyList<ChildSummary>> GetChildrenAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _reads);
        return inner.GetChildrenAsync(actor, cancellationToken);
    }

    public Task<ChildSummary?> GetChildAsync(Actor actor, int childId, CancellationToken cancellationToken = default) =>
        inner.GetChildAsync(actor, childId, cancellationToken);

    public Task<ChildFamily?> GetFamilyAsync(Actor actor, int childId, CancellationToken cancellationToken = default) =>
        inner.GetFamilyAsync(actor, childId, cancellationToken);

    public Task<IReadOnlyList<ClassSummary>> GetClassesAsync(Actor actor, CancellationToken cancellationToken = default) =>
        inner.GetClassesAsync(actor, cancellationToken);

    /// <summary>Wraps the archive's registration, so every flow reads through the counter.</summary>
    public static void Decorate(IServiceCollection services)
    {
        var real = services.Last(d => d.ServiceType == typeof(IChildrenService));
        services.AddSingleton(sp => new CountingChildrenService((IChildrenService)ActivatorUtilities.CreateInstance(sp, real.ImplementationType!)));
        services.AddSingleton<IChildrenService>(sp => sp.GetRequiredService<CountingChildrenService>());
    }
}
