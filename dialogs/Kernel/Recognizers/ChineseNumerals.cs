using System.Globalization;

namespace LeftBehind.Dialogs.Recognizers;

/// <summary>
/// A second, independent reading of a number written with Chinese numerals (一百零五, 两千三, 3万4000, 三点五,
/// 四千五百六十九万八千三百一十一亿…), used to check the library's value: when the two disagree the number is not
/// sure and is asked again. Text with anything but numerals is not read here (null).
/// </summary>
internal static class ChineseNumerals
{
    private const string DigitChars = "零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖";
    private const string UnitChars = "十拾百佰千仟万亿";

    private static readonly Dictionary<char, int> Digits = new()
    {
        ['零'] = 0, ['〇'] = 0, ['一'] = 1, ['壹'] = 1, ['二'] = 2, ['贰'] = 2, ['两'] = 2, ['三'] = 3, ['叁'] = 3, ['四'] = 4, ['肆'] = 4,
        ['五'] = 5, ['伍'] = 5, ['六'] = 6, ['陆'] = 6, ['七'] = 7, ['柒'] = 7, ['八'] = 8, ['捌'] = 8, ['九'] = 9, ['玖'] = 9,
    };

    /// <summary>The value, or null when the text is not made of numerals only (or has no Chinese numeral at all).</summary>
    public static decimal? TryRead(string text)
    {
        var t = text.Replace(",", string.Empty, StringComparison.Ordinal).Trim();
        var negative = t.StartsWith('负') || t.StartsWith('-');
        if (negative) t = t[1..];
        if (t.Length == 0 || !t.Any(c => DigitChars.Contains(c) || UnitChars.Contains(c))) return null;
        if (t.Any(c => !char.IsAsciiDigit(c) && c != '.' && c != '点' && !DigitChars.Contains(c) && !UnitChars.Contains(c))) return null;
        var point = t.IndexOfAny(['点', '.']);
        decimal value;
        if (point >= 0)
        {
            if (Big(t[..point]) is not { } whole || t[(point + 1)..] is not { Length: > 0 } frac) return null;
            var digits = string.Concat(frac.Select(c => char.IsAsciiDigit(c) ? c.ToString() : Digits.TryGetValue(c, out var d) ? d.ToString(CultureInfo.InvariantCulture) : "x"));
            if (digits.Contains('x', StringComparison.Ordinal)) return null;
            value = whole + decimal.Parse("0." + digits, CultureInfo.InvariantCulture);
        }
        else if (Big(t) is { } n)
        {
            value = n;
        }
        else
        {
            return null;
        }
        return negative ? -value : value;
    }

    private static decimal? Big(string t)
    {
        if (t.Length == 0) return null;
        foreach (var (unit, scale) in new[] { ('亿', 100_000_000m), ('万', 10_000m) })
        {
            var i = t.IndexOf(unit);
            if (i < 0) continue;
            var left = i == 0 ? 1m : Big(t[..i]);
            if (left is null) return null;
            var rest = t[(i + 1)..];
            if (rest.Length == 0) return left * scale;
            // 三万五 = 35000, 一亿二 = 120000000: a lone digit after the unit counts in the next lower place.
            if (rest.Length == 1 && Digits.TryGetValue(rest[0], out var lone) && lone > 0) return left * scale + lone * scale / 10;
            var right = Big(rest.TrimStart('零', '〇'));
            return right is null ? null : left * scale + right;
        }
        return Small(t);
    }

    private static decimal? Small(string t)
    {
        if (t.Length == 0) return 0;
        if (t.All(char.IsAsciiDigit)) return t.Length <= 20 ? decimal.Parse(t, CultureInfo.InvariantCulture) : null;
        if (t.All(c => Digits.ContainsKey(c)) && t.Length > 1)
        {
            // 一二三: digits read one by one.
            return decimal.Parse(string.Concat(t.Select(c => Digits[c].ToString(CultureInfo.InvariantCulture))), CultureInfo.InvariantCulture);
        }
        decimal total = 0;
        decimal? digit = null;
        var lastScale = 0m;
        var i = 0;
        while (i < t.Length)
        {
            var c = t[i];
            if (c is '零' or '〇')
            {
                digit = null;
                lastScale = 0;
                i++;
            }
            else if (Digits.TryGetValue(c, out var d))
            {
                if (digit is not null) return null;
                digit = d;
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                if (digit is not null) return null;
                var j = i;
                while (j < t.Length && char.IsAsciiDigit(t[j])) j++;
                digit = decimal.Parse(t[i..j], CultureInfo.InvariantCulture);
                i = j;
            }
            else
            {
                var scale = c switch { '十' or '拾' => 10m, '百' or '佰' => 100m, '千' or '仟' => 1000m, _ => 0m };
                if (scale == 0) return null;
                total += (digit ?? 1) * scale;
                lastScale = scale;
                digit = null;
                i++;
            }
        }
        if (digit is { } last)
        {
            // 两千三 = 2300, but 一百零三 = 103 (a 零 resets the place).
            total += lastScale >= 100 && !t.Contains('零') && !t.Contains('〇') ? last * lastScale / 10 : last;
        }
        return total;
    }
}
