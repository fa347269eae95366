namespace LeftBehind.Bot.Phone;

/// <summary>What happens to text longer than its variable allows: several SMS in order (nothing lost), or one cut with "…".</summary>
public enum OverflowMode
{
    Split,
    Truncate,
}
