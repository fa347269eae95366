using System.Text.RegularExpressions;
using LeftBehind.Dialogs.Recognizers;

namespace LeftBehind.Dialogs.Conversations;

/// <summary>
/// Recognises a whole message that is only chat ("你好 在吗", "今天天气怎么样", "谢谢", "你是谁"). Only the whole
/// message counts: "你好，小明这周上学没" is a request with a greeting in front, and "明天下雨小明不去了" is a leave.
/// </summary>
internal static partial class SmallTalk
{
    public static SmallTalkKind Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || TextNormalizer.IsTooLong(text)) return SmallTalkKind.None;
        // Simplified, half-width, lower case, without spaces or punctuation: 謝謝！ and "Thank you." read alike.
        var folded = Punctuation().Replace(TextNormalizer.Fold(text).ToLowerInvariant(), string.Empty);
        if (folded.Length == 0) return SmallTalkKind.None;
        if (Weather().IsMatch(folded)) return SmallTalkKind.Weather;
        if (WhoAreYou().IsMatch(folded)) return SmallTalkKind.WhoAreYou;
        if (Thanks().IsMatch(folded)) return SmallTalkKind.Thanks;
        if (Goodbye().IsMatch(folded)) return SmallTalkKind.Goodbye;
        if (Greeting().IsMatch(folded)) return SmallTalkKind.Greeting;
        return SmallTalkKind.None;
    }

    [GeneratedRegex(@"[\s\p{P}~～]+")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"^(今天|明天|后天|这两天|最近|你那边|你们那边|那边|老家|家里)?的?(天气|气温)(怎么样|咋样|如何|好吗|好不好|好不|怎样|冷吗|冷不冷|热吗|热不热)?(呀|啊|吗|呢)?$|^(hows|howis|whats|whatis)?(the)?weather(like)?(today|tomorrow)?$")]
    private static partial Regex Weather();

    [GeneratedRegex(@"^(你是谁|你是谁啊|你是谁呀|你是机器人吗|你是真人吗|你是人吗|你叫什么|你叫什么名字|whoareyou|areyouabot|areyouarobot|areyouhuman|areyouarealperson)$")]
    private static partial Regex WhoAreYou();

    [GeneratedRegex(@"^(好的)?(谢谢|谢了|多谢|谢啦|感谢|辛苦了|辛苦|麻烦了|麻烦你了|thanks|thankyou|thx|thankyouverymuch|thanksalot)(你|您|啦|了|老师|哈|呀|啊)*$")]
    private static partial Regex Thanks();

    [GeneratedRegex(@"^(好的)?(再见|拜拜|晚安|回头聊|bye|byebye|goodbye|goodnight)(啦|了|哈|呀)*$")]
    private static partial Regex Goodbye();

    [GeneratedRegex(@"^((你好|您好|哈喽|嗨|喂|hi|hello|hey|在吗|在不在|在么|在没|有人吗|早|早上好|早安|中午好|下午好|晚上好|吃了吗|吃饭了吗|吃了没)(呀|啊|哈|啦)?)+$")]
    private static partial Regex Greeting();
}
