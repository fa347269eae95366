using System.Collections.Frozen;

namespace LeftBehind.Dialogs.Understanding;

/// <summary>
/// Common characters whose Simplified and Traditional forms differ, as (Simplified, Traditional) pairs. Used to tell
/// the scripts apart by counting and to fold Traditional text onto Simplified for the lexicons (character level only:
/// no converter package is available, and the lexicon terms do not need phrase-level conversion).
/// </summary>
internal static class ChineseScript
{
    private const string Pairs =
        "这這们們个個来來时時说說学學习習么麼会會为為样樣过過还還没沒对對发發后後问問题題师師见見长長开開关關话話" +
        "请請谢謝给給让讓认認识識边邊爷爺孙孫妈媽儿兒电電视視觉覺听聽写寫书書读讀课課业業绩績华華亲親爱愛钱錢买買" +
        "卖賣东東车車马馬鸟鳥鱼魚门門间間闻聞头頭脑腦医醫药藥烧燒难難欢歡乐樂岁歲几幾号號级級张張钟鐘点點节節办辦" +
        "动動运運进進远遠连連迟遲帮幫应應该該带帶经經验驗体體检檢场場厂廠热熱报報纸紙饭飯饿餓梦夢满滿汉漢语語数數" +
        "论論历歷实實现現将將与與从從众眾传傳伤傷员員园園图圖团團国國双雙变變吗嗎响響丢丟乡鄉县縣区區镇鎮务務劳勞" +
        "处處备備复復总總战戰户戶护護担擔挂掛据據换換扫掃无無旧舊术術机機杂雜极極标標树樹气氣测測灯燈状狀独獨猫貓" +
        "环環画畫疗療监監盖蓋码碼确確离離种種积積称稱穷窮笔筆签簽类類红紅约約纪紀线線练練组組细細织織终終结結绝絕" +
        "统統续續网網职職联聯肤膚脏髒苏蘇获獲虑慮补補装裝计計订訂讨討训訓记記讲講许許设設访訪证證评評诉訴诊診词詞" +
        "译譯试試诚誠详詳误誤调調谈談贝貝负負贵貴费費资資赶趕轻輕较較辅輔达達选選递遞适適邮郵钥鑰铁鐵银銀错錯键鍵" +
        "闭閉队隊阳陽阴陰阶階际際陆陸险險随隨隐隱雾霧须須顺順领領频頻风風飞飛饮飲馆館鸡雞麦麥齐齊龙龍龄齡压壓厅廳" +
        "叶葉吓嚇启啟单單卫衛却卻厉厲叹嘆声聲夺奪妇婦宁寧宝寶审審宽寬寻尋导導层層岛島币幣帐帳广廣庆慶废廢异異弃棄" +
        "弹彈归歸当當录錄忆憶忧憂怀懷态態怜憐恋戀恶惡惊驚惯慣愿願戏戲执執扩擴扬揚扰擾抢搶拥擁择擇挤擠挥揮损損捡撿" +
        "摆擺敌敵断斷显顯晒曬晓曉晕暈暂暫杀殺权權条條构構枪槍柜櫃档檔桥橋楼樓欧歐毕畢毁毀汤湯沟溝泪淚洁潔浓濃涂塗" +
        "涨漲渐漸温溫湾灣滚滾灭滅灵靈灾災炉爐烂爛烦煩牵牽犹猶狮獅狱獄献獻琐瑣畅暢痒癢疯瘋盐鹽盘盤睁睜矿礦砖磚础礎" +
        "礼禮祸禍稳穩窃竊竞競筑築简簡粮糧紧緊纠糾纳納纷紛绑綁绕繞绘繪络絡继繼维維综綜绿綠缓緩编編缘緣缝縫缩縮罚罰" +
        "罢罷聪聰肃肅胁脅胜勝脚腳脸臉舰艦艺藝营營蓝藍虽雖虾蝦补補衬襯袜襪规規览覽触觸议議诈詐询詢谁誰谅諒谋謀谎謊" +
        "贫貧购購贴貼贷貸赏賞赔賠赛賽赢贏赵趙趋趨跃躍践踐踪蹤转轉轮輪软軟载載辆輛辈輩辉輝输輸辞辭违違迹跡遗遺邻鄰" +
        "郑鄭释釋针針钓釣钢鋼铃鈴链鏈锁鎖锅鍋镜鏡闪閃闯闖闲閒闹鬧阅閱阵陣陈陳隶隸韩韓页頁顶頂项項顾顧顿頓预預颗顆" +
        "额額颜顏饥飢饱飽饺餃饼餅驾駕驶駛骂罵骑騎骗騙鲜鮮鸭鴨黄黃齿齒吗嗎哪哪掉掉摔摔撞撞淹淹烫燙昏昏咬咬砍砍骨骨" +
        "欺欺负負霸霸绑綁拐拐贩販杀殺跳跳割割农農毒毒泳泳库庫滩灘呕嘔吐吐抽抽搐搐痉痙挛攣窒窒息息烧燒祸禍踪蹤迹跡" +
        "乱亂里裡坏壞亵褻湿濕郁鬱虚虛";

    private static readonly FrozenDictionary<char, char> TraditionalToSimplified = BuildFolding();
    private static readonly FrozenSet<char> SimplifiedOnly = BuildSet(simplified: true);
    private static readonly FrozenSet<char> TraditionalOnly = BuildSet(simplified: false);

    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';

    public static bool IsSimplifiedOnly(char c) => SimplifiedOnly.Contains(c);

    public static bool IsTraditionalOnly(char c) => TraditionalOnly.Contains(c);

    /// <summary>Folds Traditional characters onto their Simplified forms and lower-cases Latin letters.</summary>
    public static string Fold(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = TraditionalToSimplified.TryGetValue(c, out var s) ? s : char.ToLowerInvariant(c);
            }
        });

    private static FrozenDictionary<char, char> BuildFolding()
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i + 1 < Pairs.Length; i += 2)
            if (Pairs[i] != Pairs[i + 1]) map[Pairs[i + 1]] = Pairs[i];
        return map.ToFrozenDictionary();
    }

    private static FrozenSet<char> BuildSet(bool simplified)
    {
        var set = new HashSet<char>();
        for (var i = 0; i + 1 < Pairs.Length; i += 2)
            if (Pairs[i] != Pairs[i + 1]) set.Add(simplified ? Pairs[i] : Pairs[i + 1]);
        return set.ToFrozenSet();
    }
}
