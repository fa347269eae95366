namespace LeftBehind.Archive.Demo;

/// <summary>The demo school (fictional people, synthetic phone numbers) and its fixed invite codes (docs/demo.md).</summary>
internal static class DemoData
{
    public const string SchoolName = "阳光县希望小学";

    /// <summary>
    /// The demo school's duty number for its emergency alerts: plainly fictional (there is no area code 0000, so nobody
    /// can be rung by mistake). Only the demo has it; a real deployment's alerts carry Emergency:Contact:SchoolPhone or no number.
    /// </summary>
    public const string SchoolPhone = "0000-8888 1234";
    public const string ClassA = "三年级(1)班";
    public const string ClassB = "四年级(2)班";

    public static readonly IReadOnlyList<DemoInviteCode> Codes =
    [
        new("BABA23", "father", "父亲 王建军（在深圳打工）— 孩子：王小明、王小红"),
        new("MAMA45", "mother", "母亲 刘丽（在东莞打工）— 孩子：王小明、王小红"),
        new("YEYE67", "guardian", "监护人 王德福（爷爷，祖父母）— 照看王小明、王小红"),
        new("GUGU28", "guardian", "监护人 张桂兰（姑姑，其他亲属）— 照看张浩然"),
        new("BZR789", "teacher", "班主任 李红梅 — 三年级(1)班"),
        new("BFJS56", "teacher", "帮扶教师 王芳 — 结对王小明、王小红、刘阳"),
    ];

    /// <summary>
    /// Roster rows in RosterCsv.Headers order: 学校, 班级, 学号, 学生姓名, 性别, 出生日期, 留守类型, 监护人姓名, 监护人关系,
    /// 监护人电话, 父亲姓名, 父亲电话, 父亲务工地, 母亲姓名, 母亲电话, 母亲务工地, 班主任, 帮扶教师.
    /// </summary>
    public static readonly string[][] Roster =
    [
        [SchoolName, ClassA, "2023001", "王小明", "男", "2017-03-12", "双亲外出", "王德福", "祖父母", "13907310001", "王建军", "13800000001", "广东深圳", "刘丽", "13800000002", "广东东莞", "李红梅", "王芳"],
        [SchoolName, ClassA, "2023002", "王小红", "女", "2018-09-05", "双亲外出", "王德福", "祖父母", "13907310001", "王建军", "13800000001", "广东深圳", "刘丽", "13800000002", "广东东莞", "李红梅", "王芳"],
        [SchoolName, ClassA, "2023003", "李思雨", "女", "2017-06-21", "母亲外出", "赵秀英", "外祖父母", "13907310003", "李强", "13800000003", "", "李娟", "13800000004", "浙江杭州", "李红梅", ""],
        [SchoolName, ClassA, "2023004", "张浩然", "男", "2017-01-30", "双亲外出", "张桂兰", "其他亲属", "13907310004", "张勇", "13800000005", "福建厦门", "陈梅", "13800000006", "福建厦门", "李红梅", ""],
        [SchoolName, ClassA, "2023005", "刘阳", "男", "2016-11-11", "双亲外出", "", "无", "", "刘海", "13800000007", "上海", "周芳", "13800000008", "上海", "李红梅", "王芳"],
        [SchoolName, ClassA, "2023006", "赵欣怡", "女", "2017-04-02", "双亲外出", "周玉梅", "代管家长", "13907310006", "赵刚", "13800000009", "江苏苏州", "孙丽", "13800000010", "江苏苏州", "李红梅", ""],
        [SchoolName, ClassB, "2022001", "黄俊杰", "男", "2016-02-14", "双亲外出", "黄大山", "祖父母", "13907310007", "黄伟", "13800000011", "广东广州", "林娜", "13800000012", "广东广州", "张建国", ""],
        [SchoolName, ClassB, "2022002", "周雨萱", "女", "2016-08-08", "父亲外出", "吴秀兰", "外祖父母", "13907310008", "周强", "13800000013", "北京", "吴静", "13800000014", "", "张建国", ""],
        [SchoolName, ClassB, "2022003", "吴天宇", "男", "2016-05-19", "母亲外出", "吴老汉", "祖父母", "13907310009", "吴军", "13800000015", "", "何丽", "13800000016", "广东佛山", "张建国", ""],
        [SchoolName, ClassB, "2022004", "郑佳怡", "女", "2016-12-25", "双亲外出", "郑小燕", "其他亲属", "13907310010", "郑涛", "13800000017", "浙江宁波", "许敏", "13800000018", "浙江宁波", "张建国", ""],
        [SchoolName, ClassB, "2022005", "孙磊", "男", "2016-07-07", "双亲外出", "钱阿姨", "代管家长", "13907310011", "孙斌", "13800000019", "湖北武汉", "冯霞", "13800000020", "湖北武汉", "张建国", "陈伟"],
        [SchoolName, ClassB, "2022006", "马婷婷", "女", "2016-10-01", "双亲外出", "", "无", "", "马超", "13800000021", "四川成都", "田甜", "13800000022", "四川成都", "张建国", "陈伟"],
    ];
}
