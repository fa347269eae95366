using Microsoft.Extensions.DependencyInjection;
using LeftBehind.Dialogs.Family;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LeftBehind.Dialogs.Parent;

internal static class ParentFlowsRegistration
{
    /// <summary>Registers the parent's menu and flows; called from AddConversations.</summary>
    public static IServiceCollection AddParentFlows(this IServiceCollection services)
    {
        services.AddFamilyFlows();
        services.TryAddSingleton<ParentAccessors>();
        services.TryAddSingleton<AskAttendanceDialog>();
        services.TryAddSingleton<ShowNotesDialog>();
        services.TryAddSingleton<AskTeacherDialog>();
        services.TryAddSingleton<WriteLetterDialog>();
        services.TryAddSingleton<Conversations.ChatReach>();
        services.TryAddSingleton<BookCallHomeDialog>();
        services.TryAddSingleton<ParentMenuDialog>();
        return services;
    }
}
