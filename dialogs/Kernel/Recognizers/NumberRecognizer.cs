using System.Globalization;

namespace LeftBehind.Dialogs.Recognizers;

/// <summary>
/// Numbers as people type them: 3, ３, 3.5, 1,000, -2, 三, 十二, 两, 二十五, 零, 一百零五, 两千, 叁拾, 3个, three.
/// Pure: the same text always gives the same answer.
/// </summary>
public static class NumberRecognizer
{
    private static readonly Dictionary<char, int> Digits = new()
    {
        ['零'] = 0, ['〇'] = 0, ['一'] = 1, ['壹'] = 1, ['二'] = 2, ['两'] = 2, ['兩'] = 2, ['贰'] = 2, ['貳'] = 2,
        ['三'] = 3, ['叁'] = 3, ['參'] = 3, ['四'] = 4, ['肆'] = 4, ['五'] = 5, ['伍'] = 5, ['六'] = 6, ['陆'] = 6, ['陸'] = 6,
        ['七'] = 7, ['柒'] = 7, ['八'] = 8, ['捌'] = 8, ['九'] = 9, ['玖'] = 9,
    };

    private static readonly Dictionary<char, int> Units = new()
    {
        ['十'] = 10, ['拾'] = 10, ['百'] = 100, ['佰'] = 100, ['千'] = 1000, ['仟'] = 1000,
    };

    private static readonly Dictionary<string, int> English = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    /// <summary>Classifiers and units that may follow a number ("3个", "8岁", "2次").</summary>
    private const string Suffixes = "个個岁歲次天人名位号號块塊元分点點";

    public static bool TryRecognize(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text) || TextNormalizer.IsTooLong(text)) return false;
        var t = TextNormalizer.Compact(text);
        while (t.Length > 1 && Suffixes.Contains(t[^1], StringComparison.Ordinal)) t = t[..^1];
        if (t.Length == 0) return false;
        if (t.StartsWith("第", StringComparison.Ordinal) && t.Length > 1) t = t[1..];

        var negative = false;
        if (t[0] is '-' or '负' or '負')
        {
            negative = true;
            t = t[1..];
        }
        if (t.Length == 0) return false;

        if (TryArabic(t, out value) || TryChinese(t, out value) || TryEnglish(t, out value))
        {
            if (negative) value = -value;
            return true;
        }
        return false;
    }

    private static bool TryArabic(string t, out decimal value)
    {
        value = 0;
        foreach (var ch in t)
        {
            if (!char.IsAsciiDigit(ch) && ch is not '.' and not ',') return false;
        }
        if (t.Contains(',', StringComparison.Ordinal) && !t.Split(',').Skip(1).All(g => g.Length == 3 || g.Contains('.', StringComparison.Ordinal))) return false;
        return decimal.TryParse(t.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryChinese(string t, out decimal value)
    {
        value = 0;
        // "二点五" / "3点5": a decimal part read digit by digit.
        var point = t.IndexOfAny(['点', '點']);
        if (point > 0 && point < t.Length - 1)
        {
            if (!TryChineseInteger(t[..point], out var whole)) return false;
            var frac = "0.";
            foreach (var ch in t[(point + 1)..])
            {
                if (Digits.TryGetValue(ch, out var d)) frac += d;
                else if (char.IsAsciiDigit(ch)) frac += ch;
                else return false;
            }
            value = whole + decimal.Parse(frac, CultureInfo.InvariantCulture);
            return true;
        }
        if (!TryChineseInteger(t, out var n)) return false;
        value = n;
        return true;
    }

    /// <summary>Integers below one hundred million: 十二, 二十五, 一百零五, 两千三, 三万五千, and plain digit strings 一二三.</summary>
    internal static bool TryChineseInteger(string t, out long value)
    {
        value = 0;
        if (t.Length == 0) return false;
        if (t.All(char.IsAsciiDigit)) return long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        if (t.All(c => Digits.ContainsKey(c) || char.IsAsciiDigit(c)) && t.Length > 1 && !t.Any(char.IsAsciiDigit))
        {
            foreach (var ch in t) value = value * 10 + Digits[ch];
            return true;
        }
        long total = 0, section = 0, digit = -1;
        var lastUnit = 0L;
        foreach (var ch in t)
        {
            if (ch is '零' or '〇')
            {
                digit = -1;
            }
            else if (Digits.TryGetValue(ch, out var d) || char.IsAsciiDigit(ch))
            {
                if (digit >= 0 && char.IsAsciiDigit(ch)) digit = digit * 10 + (ch - '0');
                else if (digit >= 0) return false;
                else digit = char.IsAsciiDigit(ch) ? ch - '0' : d;
            }
            else if (Units.TryGetValue(ch, out var unit))
            {
                section += (digit < 0 ? 1 : digit) * unit;
                lastUnit = unit;
                digit = -1;
            }
            else if (ch is '万' or '萬')
            {
                total += (section + Math.Max(digit, 0)) * 10_000;
                section = 0;
                digit = -1;
                lastUnit = 10_000;
            }
            else return false;
        }
        if (digit > 0)
        {
            // 两千三 = 2300, 三万五 = 35000: a trailing bare digit takes the next lower unit.
            var implied = lastUnit >= 100 && !t.Contains('零') && !t.Contains('〇') ? lastUnit / 10 : 1;
            section += digit * implied;
        }
        value = total + section;
        return true;
    }

    private static bool TryEnglish(string t, out decimal value)
    {
        value = 0;
        var parts = t.Split('-', ' ');
        var sum = 0;
        foreach (var p in parts)
        {
            if (!English.TryGetValue(p, out var n)) return false;
            sum += n;
        }
        value = sum;
        return true;
    }
}
