using LeftBehind.Dialogs.Care;
using LeftBehind.Dialogs.Family;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LeftBehind.Dialogs.Teacher;

internal static class TeacherFlowsRegistration
{
    /// <summary>Registers the teacher dialogs; called from AddConversations.</summary>
    public static IServiceCollection AddTeacherFlows(this IServiceCollection services)
    {
        services.AddFamilyFlows();
        services.TryAddSingleton<TeacherAnswers>();
        services.AddCareFlows();
        services.TryAddSingleton<AnswerQuestionDialog>();
        services.TryAddSingleton<ShowInboxDialog>();
        services.TryAddSingleton<ClassDayDetails>();
        services.TryAddSingleton<RecordAttendanceDialog>();
        services.TryAddSingleton<WriteNoteDialog>();
        services.TryAddSingleton<TeacherMenuDialog>();
        return services;
    }
}
