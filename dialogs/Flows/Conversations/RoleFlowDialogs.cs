using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Emergency;
using LeftBehind.Dialogs.Guardian;
using LeftBehind.Dialogs.Teacher;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Dialogs.Conversations;

/// <summary>
/// The one place the root dialog meets the guardian, teacher and emergency flows (registered by their Add*Flows).
/// A keyed <see cref="Dialog"/> registered under a flow's id replaces it (tests of the router use this for doubles).
/// </summary>
internal sealed class RoleFlowDialogs(IServiceProvider services)
{
    public const string GuardianMenu = "GuardianMenuDialog";
    public const string TeacherMenu = "TeacherMenuDialog";
    public const string RaiseEmergency = "RaiseEmergencyDialog";

    public Dialog Resolve(string id) => services.GetKeyedService<Dialog>(id) ?? id switch
    {
        GuardianMenu => services.GetRequiredService<GuardianMenuDialog>(),
        TeacherMenu => services.GetRequiredService<TeacherMenuDialog>(),
        RaiseEmergency => services.GetRequiredService<RaiseEmergencyDialog>(),
        ChooseChannelDialog.Name => services.GetRequiredService<ChooseChannelDialog>(),
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "not a role flow"),
    };

    public static RaiseEmergencyOptions EmergencyOptions(string? text, int? childId) => new(text, childId);
}
