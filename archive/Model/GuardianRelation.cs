namespace LeftBehind.Archive.Model;

/// <summary>监护人关系: 祖父母, 外祖父母, 其他亲属, 代管家长, 无 (the child lives alone).</summary>
public enum GuardianRelation
{
    Grandparents,
    MaternalGrandparents,
    OtherRelative,
    ProxyParent,
    None,
}
