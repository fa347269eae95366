using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LeftBehind.Dialogs.Family;

internal static class FamilyFlowsRegistration
{
    /// <summary>Registers the dialogs the role flows share; each role's registration calls it (TryAdd: once).</summary>
    public static IServiceCollection AddFamilyFlows(this IServiceCollection services)
    {
        services.TryAddSingleton<FamilyAccessors>();
        services.TryAddSingleton<ChooseChildDialog>();
        services.TryAddSingleton<EnterReplyLetterDialog>();
        return services;
    }
}
