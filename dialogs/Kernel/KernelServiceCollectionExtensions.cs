using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.State;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LeftBehind.Dialogs.Kernel;

public static class KernelServiceCollectionExtensions
{
    /// <summary>
    /// Registers the turn pipeline, state, dialogs and prompts: the three states, KernelAccessors, TurnRunner, and the
    /// middleware as IMiddleware in pipeline order: typing, transcript, locale. The host adds them with
    /// <c>foreach (var m in sp.GetServices&lt;IMiddleware&gt;()) adapter.Use(m)</c>. The kernel owns no table: the host
    /// registers the <see cref="IStorage"/> (per Kernel:Storage), and the application registers its <see cref="IBot"/>.
    /// </summary>
    public static IServiceCollection AddConversationKernel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<KernelOptions>()
            .Bind(configuration.GetSection(KernelOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddLocalization();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<UserState>();
        services.TryAddSingleton<ConversationState>();
        services.TryAddSingleton<PrivateConversationState>();
        services.TryAddSingleton<KernelAccessors>();
        services.TryAddSingleton<ConversationLocks>();
        services.TryAddSingleton<TurnRunner>();
        services.TryAddSingleton<ITextRedactor, BasicTextRedactor>();
        services.TryAddSingleton<ITranscriptLogger, MemoryTranscriptStore>();
        services.TryAddSingleton<ShowTypingMiddleware>();
        services.TryAddSingleton<TranscriptLoggerMiddleware>();
        services.TryAddSingleton<LocaleMiddleware>();
        services.AddSingleton<IMiddleware>(sp => sp.GetRequiredService<ShowTypingMiddleware>());
        services.AddSingleton<IMiddleware>(sp => sp.GetRequiredService<TranscriptLoggerMiddleware>());
        services.AddSingleton<IMiddleware>(sp => sp.GetRequiredService<LocaleMiddleware>());
        return services;
    }

    /// <summary>Makes <typeparamref name="TDialog"/> (resolved from DI) the dialog every conversation starts in.</summary>
    public static IServiceCollection AddRootDialog<TDialog>(this IServiceCollection services)
        where TDialog : Dialog
    {
        services.TryAddSingleton<TDialog>();
        services.AddSingleton(sp => new RootDialog(sp.GetRequiredService<TDialog>()));
        return services;
    }
}
