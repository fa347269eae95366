namespace LeftBehind.Bot.Admin;

/// <summary>Section <c>Admin</c>. With no key set, admin endpoints answer only on loopback.</summary>
internal sealed class AdminOptions
{
    public const string Section = "Admin";

    public string? ApiKey { get; set; }
}
