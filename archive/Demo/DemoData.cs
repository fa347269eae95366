namespace LeftBehind.Archive.Demo;

/// <summary>The demo school (fictional people, synthetic phone numbers) and its fixed invite codes (docs/demo.md).</summary>
internal static class DemoData
{
    public const string SchoolName = "阳光县希望小学";

    public static readonly IReadOnlyList<DemoInviteCode> Codes =
    [
        new("BABA23", "father", "父亲 王建军（在深圳打工）— 孩子：王小明、王小红"),
        new("MAMA45", "mother", "母亲 刘丽（在东莞打工）— 孩子：王小明、王小红"),
        new("YEYE67", "guardian", "监护人 王德福（爷爷，祖父母）— 照看王小明、王小红"),
        new("GUGU28", "guardian", "监护人 张桂兰（姑姑，其他亲属）— 照看张浩然"),
        new("BZR789", "teacher", "班主任 李红梅 — 三年级(1)班"),
        new("BFJS56", "teacher", "帮扶教师 王芳 — 结对王小明、王小红、刘阳"),
    ];
}
