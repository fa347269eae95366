using System.Text.RegularExpressions;
using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Family;

/// <summary>
/// A request that names someone else's child ("李思雨今天到校了吗"): a full name (a common surname and one or two
/// characters) at the head of the request, before the time or the question. Read from the words alone, never from the
/// roster, so a classmate's real name and a made-up one are told apart by nothing: which children exist is not said.
/// A title (王老师, 张校长) is no child.
/// </summary>
internal static partial class OtherChildName
{
    /// <summary>The commonest surnames (about nine in ten people); characters that open everyday sentences are left out.</summary>
    private const string Surnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾萧肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊孟秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万覃武钱戴严莫孔向汤";

    /// <summary>Everyday words that open with a surname's character (周五到校了吗, 马上).</summary>
    private static readonly string[] Words = ["周一", "周二", "周三", "周四", "周五", "周六", "周日", "周天", "周末", "马上", "方便", "万一", "任何", "于是", "许多", "何时", "严重", "毛病", "龙年", "金额", "孙子", "孙女", "孙儿", "孙孙"];

    private static readonly string[] Titles = ["老师", "校长", "主任", "同学", "阿姨", "叔叔", "爷爷", "奶奶", "姥姥", "姥爷", "外婆", "外公", "先生", "女士", "师傅", "医生", "书记", "家"];

    /// <summary>
    /// The name at the head of <paramref name="text"/> when it is not one of <paramref name="children"/>; null when the
    /// request names no one, or names one of them.
    /// </summary>
    public static string? In(string? text, IReadOnlyList<ChildChoice> children)
    {
        if (string.IsNullOrWhiteSpace(text) || TextNormalizer.IsTooLong(text)) return null;
        var folded = TextNormalizer.Fold(text);
        if (ChooseChildDialog.EachNamed(children, folded).Count > 0) return null;
        var match = HeadName().Match(folded);
        if (!match.Success) return null;
        var name = match.Groups["name"].Value;
        return Titles.Any(t => name[1..].StartsWith(t, StringComparison.Ordinal)) || Words.Any(w => name.StartsWith(w, StringComparison.Ordinal)) ? null : name;
    }

    /// <summary>
    /// An optional lead (请问, 帮我查一下, 我想问), the name, then what is asked about it: a time, 在, 的, 有没有, 到校,
    /// 上学, 怎么样, or the end of a question.
    /// </summary>
    [GeneratedRegex("^\\s*(?:请问|请|麻烦|帮我|帮忙|我想|想|查一下|查查|查|问一下|问问|问|看一下|看看|看)*\\s*(?<name>[" + Surnames + "][\\u4e00-\\u9fff-[了的吗呢吧么啊呀是在有没不要给交到去来说做会能可也都还就这那]]{1,2}?)\\s*(?:今天|昨天|前天|明天|这周|这个?星期|这个月|本周|本月|上周|上个?星期|上个月|最近|近来|在|的|有没有|有沒有|到校|到学校|上学|上课|去学校|怎么样|怎样|好吗|呢|吗|[,，?？])")]
    private static partial Regex HeadName();
}
