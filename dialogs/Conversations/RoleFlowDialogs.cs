using LeftBehind.Dialogs.Dialogs;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Dialogs.Conversations;

/// <summary>
/// The one place the root dialog meets the guardian, teacher and emergency flows (built in Guardian/, Teacher/,
/// Emergency/ and registered by their Add*Flows). A flow is taken from DI as a keyed <see cref="Dialog"/> under its
/// id when one is registered (tests use this for doubles), else as the singleton of its contracted type; a missing
/// flow becomes a <see cref="MissingFlowDialog"/> that fails when, and only when, it is started.
/// </summary>
public sealed class RoleFlowDialogs(IServiceProvider services)
{
    public const string GuardianMenu = "GuardianMenuDialog";
    public const string TeacherMenu = "TeacherMenuDialog";
    public const string RaiseEmergency = "RaiseEmergencyDialog";

    private static readonly Dictionary<string, string> ContractTypes = new(StringComparer.Ordinal)
    {
        [GuardianMenu] = "LeftBehind.Dialogs.Guardian.GuardianMenuDialog",
        [TeacherMenu] = "LeftBehind.Dialogs.Teacher.TeacherMenuDialog",
        [RaiseEmergency] = "LeftBehind.Dialogs.Emergency.RaiseEmergencyDialog",
    };

    private const string EmergencyOptionsType = "LeftBehind.Dialogs.Emergency.RaiseEmergencyOptions";

    public Dialog Resolve(string id)
    {
        if (services.GetKeyedService<Dialog>(id) is { } keyed) return keyed;
        var type = typeof(RoleFlowDialogs).Assembly.GetType(ContractTypes[id]);
        return (type is null ? null : services.GetService(type) as Dialog) ?? new MissingFlowDialog(id);
    }

    /// <summary>
    /// RaiseEmergencyOptions(Text, ChildId) of the emergency flow; a record of the same shape when that flow is not
    /// compiled in (its JSON form is what a waterfall reads back either way).
    /// </summary>
    public static object EmergencyOptions(string? text, int? childId)
    {
        var type = typeof(RoleFlowDialogs).Assembly.GetType(EmergencyOptionsType);
        return type is null ? new EmergencyRequest(text, childId) : Activator.CreateInstance(type, text, childId)!;
    }
}
