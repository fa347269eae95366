namespace LeftBehind.Dialogs.Understanding;

/// <summary>
/// The reviewed lexicon of danger and concern signals, tuned on <c>Urgency/tune.*.tsv</c> and measured on the held-out
/// <c>Urgency/heldout.*.tsv</c>. Missing an emergency is the worst failure of this product, so strong words raise on
/// their own; but a false alarm broadcast to a family is a defect too, so numbers count only in a call context,
/// harmless senses are masked first, and news that an incident is over is not an emergency.
/// </summary>
internal static class UrgencyLexicon
{
    /// <summary>Emergencies: the whole family and the school are alerted.</summary>
    public static IReadOnlyList<DangerCategory> Emergencies { get; } =
    [
        new("missing",
            ["失踪", "走丢", "走失", "找不到人", "人找不到", "人找不着", "到处找", "到处都找", "还找不到", "都找不到", "一直找不到", "现在找不到",
             "还没找到", "还没找着", "都没找着", "都没找到", "人不见", "娃不见", "孩子不见", "孙子不见", "孙女不见", "女儿不见", "儿子不见", "他不见了",
             "她不见了", "就不见了", "离家出走", "联系不上", "联系不到", "一直没回", "还没回来", "还没回家", "到现在没回", "放学没回家", "放学没回来", "放学没到家", "一晚上没回", "一夜没回",
             "整晚没回", "晚上没回家", "跑丢", "跟网友走", "没见人", "没看到人", "不知道去哪了", "不知去向", "寻不着", "寻不到", "寻不见", "到处寻", "找不见人", "不见人了", "找了一天", "找了一晚", "找了一夜",
             "找了一下午", "走散", "走丢了", "missing", "can't find him", "can't find her",
             "can't find them", "cannot find him", "cannot find her", "can't find my", "cannot find my", "ran away", "run away",
             "hasn't come home", "has not come home", "didn't come home", "did not come home", "hasn't come back", "hasn't returned",
             "has not returned", "not come back", "disappeared", "no one can find", "nobody can find", "can't reach her", "can't reach him",
             "can't reach them", "nobody has seen", "but she's gone", "but he's gone", "now she's gone", "now he's gone"],
            ["找不到", "找不着", "不见了", "没回来", "没回家", "没到家", "没到屋", "没找到", "找不见", "can't find", "cannot find"]),
        new("water",
            ["溺水", "掉水里", "掉进水", "掉到水", "落水", "掉河里", "掉进河", "掉塘里", "掉进塘", "掉井里", "掉进井", "淹死", "淹着", "被水冲", "冲走",
             "drown", "fell into the water", "fell in the water", "fell into the river", "fell in the river", "fell into the pond", "swept away",
             "swept him", "swept her"],
            ["河边", "河里", "下河", "水库", "池塘", "水塘", "野塘", "玩水", "游泳", "野泳", "河滩", "river", "pond", "reservoir", "swimming",
             "lake", "creek"]),
        new("injury",
            ["流血", "出血", "血流", "骨折", "头破", "缝针", "急诊", "抢救", "咬伤", "被狗咬", "烫伤", "烧伤", "摔伤", "摔断", "受伤", "抽搐", "抽筋",
             "呼吸困难", "喘不上气", "不能动", "嘴唇都紫", "脸都紫", "bleeding", "broken arm", "broken leg", "injured", "emergency room", "seizure", "can't breathe", "cannot breathe", "badly hurt", "fell from", "fell out of",
             "got burned", "got burnt", "was burned", "badly burned", "lips are blue"],
            ["摔了", "摔倒", "跌倒", "跌了", "hurt", "fell"]),
        new("violence",
            ["被打", "打伤", "殴打", "家暴", "虐待", "性侵", "猥亵", "摸她", "摸他", "乱摸", "拿刀", "动刀", "砍伤", "砍人", "揍", "踢伤", "捅",
             "围着打", "打孩子", "打娃", "打得鼻", "打得头", "打得全身", "打到全身", "打得浑身", "打得满身", "beaten", "beat him", "beat her",
             "beats him", "beats her", "beat up", "abuse", "knife", "molest", "assault", "touched her", "touched him", "hits him", "hits her"],
            ["打架", "打人", "fight"], Downgrades: true),
        new("extortion",
            ["勒索", "被抢", "被要钱", "欺负要钱", "还被要钱", "taking his money", "taking her money", "took his money", "took her money"],
            [], Downgrades: true),
        new("self_harm",
            ["不想活", "想死", "自杀", "轻生", "割腕", "跳楼", "跳河", "活着没意思", "活着没有意思", "活著没意思", "活著没有意思", "结束生命", "寻短见", "kill myself",
             "kill himself", "kill herself", "suicide", "want to die", "wants to die", "self-harm", "self harm", "cut herself", "cut himself",
             "end my life", "to end it", "jump off"],
            ["想不开"], Downgrades: true),
        new("stranger",
            ["陌生人带走", "陌生人把", "被带走", "被人带走", "被拐", "拐走", "拐卖", "人贩子", "骗走", "跟陌生人走", "陌生人的车", "不认识的人走",
             "不认识的人拉", "拉上车", "抱走", "kidnap", "abduct", "taken away by", "went with a stranger", "stranger took", "stranger's car",
             "someone we don't know", "tried to take", "trying to take", "要带娃走", "要带孩子走", "要把娃带走", "要把孩子带走", "硬要带"],
            ["陌生人", "stranger"], Downgrades: true),
        new("fainting",
            ["晕倒", "昏倒", "晕过去", "昏过去", "昏迷", "不省人事", "叫不醒", "休克", "倒在地上不动", "倒地不起", "倒下不动", "fainted", "passed out", "collapsed", "unconscious",
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
            ["中毒", "农药", "误食", "误服", "误喝", "吃了好多药", "吞了很多药", "吃了很多药", "老鼠药", "药片吞", "吞了好多药", "喝了洗", "一氧化碳",
             "洗衣液", "poison", "poisonous", "poisoned", "pesticide", "overdose", "swallowed", "too many pills", "took pills", "drank bleach"],
            []),
        new("explicit",
            ["救命", "出事了", "出大事", "快报警", "报警了", "已报警", "sos", "help us", "please help"],
            ["紧急", "快来", "urgent", "emergency"]),
    ];

    /// <summary>Urgent concerns: the paired and head teacher are told at once.</summary>
    public static IReadOnlyList<DangerCategory> Concerns { get; } =
    [
        new("bullying",
            ["欺负", "霸凌", "孤立", "排挤", "抢他零花钱", "抢她零花钱", "抢他的零花钱", "抢她的零花钱", "抢他的钱", "抢她的钱", "起外号", "笑话他", "笑话她", "骂他", "骂她", "被推", "推了一下", "书包被扔", "堵他", "堵她", "威胁他", "威胁她", "威胁", "threatening", "threaten", "bully", "bullies", "bullied",
             "picking on", "picked on", "left out", "call her names", "call him names", "calls her names", "calls him names", "teased", "excluded", "laughing at", "laugh at", "making fun"],
            []),
        new("withdrawn",
            ["不说话", "不讲话", "不讲话", "一句话不说", "关在房间", "关在房里", "也不理", "不理人", "不理我", "不爱说话", "一句话都不说", "闷闷不乐", "发呆", "情绪低落", "情绪很低落", "孤独", "孤单", "一直哭", "天天哭", "哭了一晚上",
             "哭了一整晚", "噩梦", "不肯吃饭", "关在屋里", "躲屋里", "躲在屋里", "躲在房间", "叫也不出来", "性格变了", "抑郁", "忧郁", "doesn't talk", "won't talk", "hasn't said a word", "won't eat", "not eating", "not talking", "stopped talking",
             "crying for days", "cries every", "crying every", "lonely", "very down", "withdrawn", "depressed", "shuts himself", "shuts herself", "nightmares"],
            []),
        new("absence",
            ["逃学", "旷课", "天没进教室", "天都没进教室", "天没去上学", "天没来上学", "天没上学", "天没来上课", "天没去学校", "几天没来", "好几天没", "不想去学校", "不想去上学",
             "不想上学", "不敢去学校", "不敢上学", "不肯去学校", "不肯上学", "skipping school", "skips school", "skipped school",
             "hasn't been to school", "has not been to school", "not been to school", "afraid to go to school", "doesn't want to go to school",
             "refuses to go to school", "truant"],
            []),
        new("harm_signs",
            ["自己划的", "划痕", "割痕", "刀痕", "瘀青", "淤青", "青一块紫一块", "一块青", "一块紫", "说是摔的", "cuts on his", "cuts on her", "did it himself", "did it herself",
             "bruises on", "won't say how he got", "won't say how she got"],
            []),
        new("online",
            ["要照片", "网上骂", "一直骂", "for photos", "for pictures", "asking her for", "asking him for"],
            []),
        new("punishment",
            ["体罚", "打他手心", "打她手心", "老师打他", "老师打她", "hits the children", "teacher hit"],
            []),
        new("care",
            ["中风", "住院", "病倒", "瘫痪", "去世", "心脏病", "没人照顾", "没人管", "stroke", "in hospital", "hospitalised", "hospitalized",
             "passed away", "no one to look after", "nobody to look after", "no one looking after"],
            []),
    ];

    /// <summary>A guardian who suddenly cannot care…</summary>
    public static string[] Incapacity { get; } =
        ["中风", "住院", "病倒", "瘫痪", "去世", "心脏病", "晕倒", "昏倒", "倒在地上", "不省人事", "送医院", "送医", "被送走", "送走了", "昏过去",
         "stroke", "in hospital", "hospitalised", "hospitalized", "passed away", "collapsed", "taken to hospital", "fainted", "heart attack"];

    /// <summary>…while the child is left alone: an emergency.</summary>
    public static string[] ChildAlone { get; } =
        ["一个人在家", "就剩孩子", "只剩孩子", "只剩下孩子", "只有孩子", "没人照顾", "没人管", "自己在家", "独自在家", "孩子一个人", "娃一个人",
         "home alone", "alone at home", "is alone", "alone in the house", "no one to look after", "nobody to look after", "no one looking after",
         // Dialect and Traditional forms: 屋头/屋里 (south-west), 屋企/细路 (Cantonese), 自个儿 (north), 囡仔/厝 (Hokkien).
         "剩孩子", "剩娃", "剩个娃", "剩下娃", "娃儿一个", "孩子自个", "娃自个", "自个儿在家", "自个在家", "独个在家", "一个人在屋", "自己在屋",
         "屋头就剩", "屋里就剩", "屋企得", "得个细路", "细路一个", "细佬一个", "剩细路", "剩低细路", "賰囡仔", "囡仔一个", "囡仔家己",
         "left alone", "on his own at home", "on her own at home", "by himself at home", "by herself at home", "alone in the flat"];

    /// <summary>A guardian's incapacity still to come ("下周要住院"): the child is not alone yet, so no family broadcast.</summary>
    public static string[] FutureMarkers { get; } =
        ["下周", "下週", "下个星期", "下星期", "下礼拜", "明天", "后天", "下个月", "过几天", "过两天", "next week", "tomorrow", "next month", "in a few days"];

    /// <summary>Words for a person: a weak "missing" word counts only about someone.</summary>
    public static string[] People { get; } =
        ["孩子", "娃", "孙子", "孙女", "儿子", "女儿", "他", "她", "人", "child", "son", "daughter", "he", "she", "him", "her", "boy", "girl", "kid"];

    /// <summary>A prohibition right before a danger word: "不要去河边", "don't go near the river".</summary>
    public static string[] Prohibitions { get; } =
        ["不要", "别", "不准", "不许", "禁止", "严禁", "不能", "切勿", "远离", "防", "谨防", "注意", "小心", "不得", "避免", "don't", "do not",
         "never", "avoid", "stay away", "not to", "away from", "no "];

    /// <summary>A denial right before a danger word: "没有受伤", "not hurt at all".</summary>
    public static string[] Denials { get; } = ["没有", "没", "未", "不是", "并没", "没被", "not ", "n't ", "no ", "never ", "wasn't", "isn't"];

    /// <summary>A drill or lesson: "消防演习，学怎么拨119" teaches a call, nobody makes one.</summary>
    public static string[] Drills { get; } = ["演习", "演练", "学怎么", "教怎么", "怎么拨", "怎么打", "drill", "practised", "practiced", "practising", "practicing", "how to call"];

    /// <summary>
    /// A question about emergencies in general or about the service ("学校有紧急情况的话会通知我吗", "紧急求助是怎么用的"):
    /// the emergency menu's words in it (the explicit category's weak words) ask for nothing; strong words still raise.
    /// </summary>
    public static string[] AboutEmergencies { get; } =
        ["的话", "如果", "要是", "假如", "万一", "会不会", "会通知", "怎么用", "怎么使用", "是什么", "什么意思", "怎么操作", "if ", "in case", "what if", "how do", "how does",
         "what is", "what does"];

    /// <summary>What makes a message about emergencies a question (<see cref="AboutEmergencies"/>).</summary>
    public static string[] QuestionMarks { get; } = ["吗", "?", "？", "怎么", "是什么", "什么意思", "会不会", "how ", "what "];

    /// <summary>Words of a reminder, notice or lesson.</summary>
    public static string[] ReminderContext { get; } =
        ["安全教育", "安全提醒", "温馨提示", "提醒", "通知", "安全课", "演练", "知识", "宣传", "讲座", "班会", "暑假", "寒假", "假期", "注意安全", "家长们",
         "各位家长", "泳衣", "泳帽", "学游泳", "游泳馆", "reminder", "remind", "safety", "drill", "lesson", "holiday", "notice", "dear parents"];

    /// <summary>Leisure and good news: a weak word ("河边", "游泳", "摔了") in these is not a danger.</summary>
    public static string[] LeisureContext { get; } =
        ["开心", "高兴", "好玩", "散步", "跑步", "公园", "jogging", "park", "鸭子", "钓鱼", "教练", "游泳馆", "游泳课", "比赛", "玩得", "表扬", "第一", "爬起来", "没哭", "fun", "loved",
         "enjoy", "walk", "ducks", "coach", "pool", "goal", "won", "first place", "got straight up", "破了点皮", "破了皮", "擦了药", "创可贴", "小口子", "plaster", "scratch", "又去玩", "拍拍", "kept playing", "dusted", "fishing", "caught"];

    /// <summary>Signs that something is happening or has happened; any of them keeps a reminder-like message urgent.</summary>
    public static string[] EventMarkers { get; } =
        ["没回", "找不到", "不见", "救命", "出事", "快来", "快点", "刚才", "刚刚", "已经", "正在", "现在", "送医院", "送医", "报警", "怎么办", "救",
         "掉", "昨晚", "今晚", "一直", "missing", "now", "just", "hasn't", "right away", "hospital", "what do i do", "what should i do",
         "tonight", "fell"];

    /// <summary>News that an incident is over.</summary>
    public static string[] Resolutions { get; } =
        ["没事了", "没事", "事都没有", "没什么事", "平安", "找到了", "已经找到", "回来了", "到家了", "已经好了", "好多了", "退烧了", "烧已经退", "虚惊一场",
         "和好了", "出院了", "不用担心", "别担心", "放心吧", "现在都是好朋友", "打通了", "联系上了", "原来在", "原来是", "虚惊", "all fine", "all good", "is fine", "'s fine",
         "fine now", "safe now", "点到家", "点就到家", "点回到家", "按时到家", "准时到家", "was back by", "back by", "home by", "came home at", "safely", "is safe", "found him", "found her", "found them", "we found", "is back", "'s back", "came back",
         "got home", "home now", "false alarm", "no problem", "better now", "made up", "got through"];

    /// <summary>Words that let a danger after news of resolution stand: "找到了，但是腿摔断了".</summary>
    public static string[] Contrasts { get; } = ["但是", "可是", "不过", "但", " but ", "however"];
}
