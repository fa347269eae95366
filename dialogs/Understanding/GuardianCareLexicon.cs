namespace LeftBehind.Dialogs.Understanding;

/// <summary>
/// The reviewed words of "the guardian cannot care" (Minors Protection Law Art. 21–22: no child may be left to live
/// alone). Simplified Chinese, the Traditional forms the script folding does not cover, dialect (Cantonese, Sichuan,
/// the north-east, Hokkien) and lower-case English. Tuned on the set in the tests (GuardianCareSet).
/// </summary>
internal static class GuardianCareLexicon
{
    /// <summary>The guardian is in hospital, gravely ill or has died: on their own these mean nobody cares for the child.</summary>
    public static string[] Incapacity { get; } =
    [
        "中风", "中風", "脑梗", "脑溢血", "脑出血", "心梗", "心脏病发", "病倒", "病重", "重病", "病得很重", "病得起不来", "瘫痪", "癱瘓", "癱了",
        "卧床", "臥床", "起不来床", "起不了床", "下不了床", "下唔到床", "住院", "住医院", "住咗院", "入咗院", "入院", "进医院", "送医院", "送医",
        "送到医院", "送进医院", "送去医院", "抬到医院", "抬去医院", "拉到医院", "在医院", "喺医院", "医院躺着", "重症", "icu", "开刀", "动手术",
        "做手术", "做手術", "化疗", "摔断", "跌断", "骨折", "去世", "过世", "过身", "走咗", "不在了",
        "in hospital", "in the hospital", "hospitalised", "hospitalized", "admitted to hospital", "taken to hospital", "had a stroke",
        "heart attack", "passed away", "died", "seriously ill", "very ill", "bedridden", "can't get out of bed", "cannot get out of bed",
        "having surgery", "had surgery", "an operation", "broke her hip", "broke his hip", "broke her leg", "broke his leg",
    ];

    /// <summary>Going away: counts with a length of time ("回老家一个月") or with a word that nobody cares for the child.</summary>
    public static string[] Away { get; } =
    [
        "回老家", "去外地", "出远门", "出去打工", "外出打工", "去打工", "进城打工", "去城里", "去县城", "去省城", "去市里", "去陪护", "去照顾",
        "要离开", "走几天", "走一段时间", "away for", "going away", "go away", "gone away", "leaving for", "back to the village",
        "back to my hometown", "working away",
    ];

    /// <summary>How long a guardian will be away.</summary>
    public static string[] Duration { get; } =
    [
        "几天", "幾天", "好几天", "一周", "一星期", "一个星期", "两周", "半个月", "一个月", "两个月", "几个月", "一段时间", "一阵子", "这段时间",
        "这些天", "这阵子", "一礼拜", "个礼拜", "几日", "一排", "days", "a week", "weeks", "a month", "months", "a while",
    ];

    /// <summary>Nobody can look after the child: enough on its own.</summary>
    public static string[] NoCare { get; } =
    [
        "没人照顾", "没人照看", "没人看孩子", "没人看娃", "没人带孩子", "没人带娃", "没人管孩子", "没人管娃", "孩子没人管", "娃没人管",
        "娃儿没人管", "无人照顾", "无人照看", "无人看管", "照顾不了", "照顾不到", "照看不了", "带不了孩子", "带不了娃", "看不了孩子",
        "没法照顾", "没办法照顾", "不能照顾", "冇人照顾", "冇人睇", "无人睇", "冇人理", "没人弄饭", "没人做饭", "没人煮饭",
        "no one to look after", "nobody to look after", "no one looking after", "nobody looking after", "can't look after", "cannot look after",
        "can't take care", "cannot take care", "no one to take care", "nobody to take care", "no one to care for", "nobody to care for",
        "no one can look after", "nobody can look after",
    ];

    /// <summary>Whoever is nearest before the word and is the guardian (or the writer): grandparents, relatives, "I".</summary>
    public static string[] Guardians { get; } =
    [
        "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "老爷", "阿公", "阿婆", "阿嬷", "阿嬤", "阿嫲", "嫲嫲", "阿爷", "爷", "奶", "婆婆", "公公",
        "老伴", "老头", "老太", "老人", "爹爹", "老汉", "我", "俺", "咱", "本人", "监护人", "姑姑", "舅舅", "小姨", "姨妈", "阿姨", "叔叔", "伯伯",
        "婶", "大娘", "大爷", "grandma", "grandpa", "granny", "grandmother", "grandfather", "grandparent", "nana", "i", "i'm", "i am", "my wife",
        "my husband", "guardian", "aunt", "uncle",
    ];

    /// <summary>Someone else nearest before the word: it is about the child or a teacher, not the guardian.</summary>
    public static string[] Others { get; } =
    [
        "孩子", "小孩", "娃", "孙子", "孙女", "孫女", "儿子", "女儿", "学生", "同学", "细路", "细佬", "囡", "崽", "伢", "老师", "医生", "邻居",
        "child", "kid", "son", "daughter", "boy", "girl", "student", "teacher", "neighbour", "neighbor",
    ];

    /// <summary>News that the guardian is back or better, after the word: "出院了", "好多了".</summary>
    public static string[] Recovered { get; } =
    [
        "出院", "病好了", "身体好了", "好多了", "康复", "没事了", "没什么事", "没大碍", "回来了", "回家了", "已经好", "discharged", "is back", "'s back",
        "came back", "better now", "recovered", "home now", "is fine", "'s fine",
    ];

    /// <summary>A denial right before the word: "不用住院", "没住院", "not in hospital".</summary>
    public static string[] Denials { get; } = ["不用", "没有", "没", "不", "未", "免得", "not ", "n't ", "never "];

    /// <summary>What ends a clause: the subject of a word is looked for only within its clause.</summary>
    public static char[] ClauseEnds { get; } = ['，', '。', ',', '.', '!', '！', '?', '？', '；', ';', '\n', '、'];
}
