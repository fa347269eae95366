using System.Text.Json;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Tests.Conversations;

/// <summary>
/// Stands in for the family branch's RaiseEmergencyDialog in router tests: records the options it was started with
/// and says so, so a test sees that the router opened the emergency flow, with which text.
/// </summary>
internal sealed class EmergencyFlowDouble() : Dialog(RoleFlowDialogs.RaiseEmergency)
{
    public const string Marker = "[emergency-flow]";

    public List<string?> Started { get; } = [];

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var json = JsonSerializer.SerializeToElement(options, options?.GetType() ?? typeof(object), BotJson.Options);
        var text = json.ValueKind == JsonValueKind.Object && json.TryGetProperty("text", out var t) ? t.GetString() : null;
        Started.Add(text);
        await dc.Context.SendActivityAsync(Marker + " " + text, cancellationToken);
        return await dc.EndDialogAsync(null, cancellationToken);
    }

    public static void Register(Microsoft.Extensions.DependencyInjection.IServiceCollection services, EmergencyFlowDouble flow) =>
        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddKeyedSingleton<Dialog>(services, RoleFlowDialogs.RaiseEmergency, flow);
}
