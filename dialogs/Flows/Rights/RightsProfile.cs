namespace LeftBehind.Dialogs.Rights;

/// <summary>What 「我的信息」 remembers about a channel user between turns: the question it is waiting on.</summary>
internal sealed record RightsProfile
{
    public RightsStep Step { get; set; }
}
