namespace LeftBehind.Bot.Admin;

/// <summary>Endpoint metadata: a per-school key may call this endpoint (scoped to its school); every other admin endpoint needs the service's key.</summary>
internal sealed class SchoolKeyAllowed;
