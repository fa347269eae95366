namespace LeftBehind.Archive.Model;

/// <summary>留守类型: 双亲外出 / 父亲外出 / 母亲外出.</summary>
public enum LeftBehindType
{
    BothParents,
    FatherAway,
    MotherAway,
}
