using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Dialogs.Teacher;

internal static class TeacherFlowsRegistration
{
    /// <summary>Registers the teacher dialogs; called from AddConversations.</summary>
    public static IServiceCollection AddTeacherFlows(this IServiceCollection services)
    {
        return services;
    }
}
