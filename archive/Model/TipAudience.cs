namespace LeftBehind.Archive.Model;

/// <summary>Who a tip is written for: 家长学校 for the grandparents who raise the children, 家长课堂 for the parents away.</summary>
public enum TipAudience
{
    Guardian,
    Parent,
}
