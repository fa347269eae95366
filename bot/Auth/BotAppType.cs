namespace LeftBehind.Bot.Auth;

internal enum BotAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMsi,
}
