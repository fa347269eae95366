namespace LeftBehind.Dialogs.Understanding;

/// <summary>A small polarity lexicon for the local analyzer (Simplified Chinese after folding, and English).</summary>
internal static class SentimentLexicon
{
    private static readonly string[] Positive =
        ["谢谢", "感谢", "多谢", "太好了", "开心", "高兴", "棒", "满意", "辛苦了", "进步", "表扬", "放心", "喜欢", "不错", "很好", "挺好", "好样",
         "thank", "thanks", "great", "happy", "glad", "good job", "excellent", "wonderful", "proud", "relieved", "love"];

    private static readonly string[] Negative =
        ["担心", "着急", "急死", "难过", "生气", "害怕", "哭", "失望", "烦", "伤心", "糟", "不放心", "不好", "不行", "差劲", "退步", "委屈", "怎么办",
         "想死", "不想活", "worried", "worry", "sad", "angry", "scared", "afraid", "upset", "terrible", "awful", "disappointed", "bad",
         "crying", "cried", "panic"];

    public static string Classify(string folded, bool urgent)
    {
        var positive = Count(folded, Positive);
        var negative = Count(folded, Negative) + (urgent ? 1 : 0);
        if (positive > 0 && negative > 0) return urgent ? Sentiments.Negative : Sentiments.Mixed;
        if (negative > 0) return Sentiments.Negative;
        return positive > 0 ? Sentiments.Positive : Sentiments.Neutral;
    }

    private static int Count(string text, string[] words)
    {
        var n = 0;
        foreach (var w in words)
            if (text.Contains(w, StringComparison.Ordinal)) n++;
        return n;
    }
}
