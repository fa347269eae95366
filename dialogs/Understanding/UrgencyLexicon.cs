namespace LeftBehind.Dialogs.Understanding;

/// <summary>
/// The reviewed lexicon of danger signals. Missing an emergency is the worst failure of this product, so the rules
/// lean to recall: a word is discounted only when the message reads as a safety reminder or a negation and carries
/// no sign that something is happening now.
/// </summary>
internal static class UrgencyLexicon
{
    public static IReadOnlyList<DangerCategory> Categories { get; } =
    [
        new("missing",
            ["失踪", "走丢", "走失", "找不到", "找不着", "不见了", "人不见", "离家出走", "联系不上", "联系不到", "一直没回", "还没回来", "还没回家",
             "没回来", "没回家", "没到家", "到处找", "找了一", "跑丢", "missing", "can't find", "cannot find", "can not find", "ran away",
             "run away", "hasn't come home", "has not come home", "didn't come home", "did not come home", "not come back", "disappeared",
             "no one can find", "can't reach"],
            ["不知道去哪", "不知去向", "lost him", "lost her"]),
        new("water",
            ["溺水", "掉水里", "掉进水", "掉到水", "落水", "掉河里", "掉进河", "掉塘里", "掉进塘", "掉井里", "掉进井", "淹死", "淹着", "被水冲", "drown",
             "fell into the water", "fell in the water", "fell into the river", "fell in the river", "fell into the pond", "swept away"],
            ["河边", "河里", "下河", "水库", "池塘", "水塘", "鱼塘", "玩水", "游泳", "野泳", "河滩", "river", "pond", "reservoir", "swimming", "lake"]),
        new("injury",
            ["流血", "出血", "血流", "骨折", "头破", "缝针", "救护车", "急诊", "抢救", "咬伤", "被狗咬", "烫伤", "烧伤", "摔伤", "摔断", "受伤", "伤得",
             "抽搐", "呼吸困难", "喘不上气", "bleeding", "broken arm", "broken leg", "broke his", "broke her", "injured", "ambulance",
             "emergency room", "seizure", "can't breathe", "cannot breathe", "badly hurt"],
            ["摔了", "hurt"]),
        new("violence",
            ["被打", "打伤", "殴打", "家暴", "虐待", "性侵", "猥亵", "拿刀", "动刀", "砍伤", "砍人", "打得", "揍", "踢伤", "捅", "beaten", "beat him", "beat her",
             "abuse", "knife", "molest", "assault"],
            ["打架", "打人", "fight"]),
        new("bullying",
            ["欺负", "霸凌", "勒索", "被抢", "围殴", "bully", "bullied", "bullying"],
            ["要钱", "扒衣服"]),
        new("self_harm",
            ["不想活", "想死", "自杀", "轻生", "割腕", "跳楼", "跳河", "活着没意思", "活着没有意思", "结束生命", "寻短见", "kill myself", "kill himself",
             "kill herself", "suicide", "want to die", "wants to die", "self-harm", "self harm", "cut herself", "cut himself", "end my life"],
            ["想不开"]),
        new("stranger",
            ["陌生人带走", "被带走", "被人带走", "被拐", "拐走", "拐卖", "人贩子", "骗走", "跟陌生人走", "上了陌生人", "kidnap", "abduct",
             "taken away by", "went with a stranger", "stranger took"],
            ["陌生人", "stranger"]),
        new("fainting",
            ["晕倒", "昏倒", "晕过去", "昏过去", "昏迷", "不省人事", "叫不醒", "休克", "fainted", "passed out", "collapsed", "unconscious",
             "won't wake up"],
            ["晕了"]),
        new("traffic",
            ["车祸", "被车撞", "被撞", "撞倒", "撞伤", "交通事故", "翻车", "car accident", "hit by a car", "hit by a truck", "run over",
             "traffic accident"],
            ["撞了"]),
        new("fire",
            ["着火", "失火", "火灾", "烧起来", "起火", "house is on fire", "caught fire", "on fire"],
            ["fire"]),
        new("poisoning",
            ["中毒", "农药", "喝了药", "吃了药", "误食", "误服", "吃了好多药", "吞了很多药", "吃了很多药", "药片吞", "喝了洗", "一氧化碳", "煤气中毒", "洗衣液", "poison", "pesticide", "overdose", "swallowed", "too many pills", "took pills", "drank bleach"],
            []),
        new("explicit",
            ["救命", "出事了", "出大事", "快报警", "报警了", "已报警", "120", "110", "sos", "emergency", "help us", "please help"],
            ["紧急", "急死", "urgent"]),
    ];

    /// <summary>A negation or prohibition right before a danger word: "不要去河边", "don't go near the river".</summary>
    public static string[] Negations { get; } =
        ["不要", "别", "不准", "不许", "禁止", "严禁", "不能", "切勿", "远离", "防", "谨防", "注意", "小心", "不得", "避免", "don't", "do not",
         "never", "avoid", "stay away", "not to", "no "];

    /// <summary>Words of a reminder, notice or lesson.</summary>
    public static string[] ReminderContext { get; } =
        ["安全教育", "安全提醒", "温馨提示", "提醒", "通知", "课", "演练", "知识", "宣传", "讲座", "班会", "暑假", "寒假", "假期", "注意安全", "家长们",
         "各位家长", "泳衣", "泳帽", "学游泳", "游泳馆", "reminder", "remind", "safety", "drill", "lesson", "class", "holiday", "notice",
         "dear parents"];

    /// <summary>Signs that something is happening or has happened; any of them keeps the message urgent.</summary>
    public static string[] EventMarkers { get; } =
        ["没回", "找不到", "不见", "救命", "出事", "快来", "快点", "刚才", "刚刚", "已经", "正在", "现在", "送医院", "送医", "报警", "怎么办", "救",
         "掉", "昨晚", "今晚", "一直", "missing", "now", "just", "hasn't", "right away", "hospital", "what do i do", "what should i do",
         "tonight", "fell"];
}
