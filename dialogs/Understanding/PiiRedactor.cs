using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using LeftBehind.Dialogs.Kernel;

namespace LeftBehind.Dialogs.Understanding;

/// <summary>
/// Replaces ID card numbers (valid checksum only), bank card numbers (Luhn), mobile and landline numbers and
/// Chinese street addresses. Digits are matched as ASCII and bounded by non-digits, so numbers glued to Chinese text
/// are found; checksums keep order numbers and other long digit runs readable.
/// </summary>
internal sealed partial class PiiRedactor : ITextRedactor
{
    public const string IdToken = "[ID]";
    public const string CardToken = "[CARD]";
    public const string PhoneToken = "[PHONE]";
    public const string AddressToken = "[ADDRESS]";

    public string Redact(string text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        var result = NormalizeDigits(text);
        // Every text of every turn (the message, each reply) passes here: the patterns run only when the characters
        // they cannot match without are present.
        if (result.AsSpan().ContainsAnyInRange('0', '9'))
        {
            result = IdPattern().Replace(result, m => ChineseIdNumber.IsValid(Compact(m.Value)) ? IdToken : m.Value);
            result = CardPattern().Replace(result, m => IsCard(Compact(m.Value)) ? CardToken : m.Value);
            result = MobilePattern().Replace(result, PhoneToken);
            result = LandlinePattern().Replace(result, PhoneToken);
        }
        if (result.AsSpan().ContainsAny(AddressChars)) result = AddressPattern().Replace(result, AddressToken);
        return result;
    }

    /// <summary>One character of each <c>Unit</c> and of each house-number suffix: an address has at least one.</summary>
    private static readonly SearchValues<char> AddressChars = SearchValues.Create("省市州县縣区區旗镇鎮乡鄉街村路巷弄道园園号號栋棟幢单單楼樓层層室组組户戶段");

    private static bool IsCard(string digits) =>
        digits.Length is >= 16 and <= 19 && digits[0] is >= '3' and <= '6' && Luhn.IsValid(digits);

    private static string Compact(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
            if (char.IsAsciiDigit(c) || c is 'x' or 'X') sb.Append(c);
        return sb.ToString();
    }

    /// <summary>Full-width digits (typed on Chinese input methods) become ASCII so the patterns see them.</summary>
    private static string NormalizeDigits(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('０', '９')) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (chars[i] is >= '０' and <= '９') chars[i] = (char)('0' + (chars[i] - '０'));
        return new string(chars);
    }

    [GeneratedRegex(@"(?<![0-9])[1-9][0-9]{5}[ -]?(?:19|20)[0-9]{2}[0-9]{4}[ -]?[0-9]{3}[0-9Xx](?![0-9A-Za-z])")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"(?<![0-9])[3-6][0-9]{3}(?:[ -]?[0-9]){12,15}(?![0-9])")]
    private static partial Regex CardPattern();

    [GeneratedRegex(@"(?<![0-9+])(?:(?:\+|00)?86[ -]?)?1[3-9][0-9][ -]?[0-9]{4}[ -]?[0-9]{4}(?![0-9])")]
    private static partial Regex MobilePattern();

    [GeneratedRegex(@"(?<![0-9])(?:\(0[1-9][0-9]{1,2}\)|0[1-9][0-9]{1,2})[ -]?[2-9][0-9]{6,7}(?:[ -]?(?:转|轉|ext\.?)[ -]?[0-9]{1,5})?(?![0-9])")]
    private static partial Regex LandlinePattern();

    // Two or more administrative or street units, each after a short place name, then house, building, unit and room
    // numbers. The first place name may not contain verbs and pronouns, so the words before an address survive.
    private const string Place = @"[\u4e00-\u9fff-[在住到去从從是的了我你他她们們家和跟给給往回就也都要想]]{1,6}?";
    private const string Unit = @"(?:省|自治区|自治區|市|自治州|州|县|縣|区|區|旗|镇|鎮|乡|鄉|街道|村|社区|社區|小区|小區|新村|花园|花園|路|街|巷|弄|大道)";
    private const string Number = @"(?:[0-9一二三四五六七八九十百零〇]{1,5}[ -]?(?:号|號|栋|棟|幢|单元|單元|楼|樓|层|層|室|组|組|弄|巷|户|戶|段))";
    private const string FirstSegment = "(?:" + Place + Unit + ")";
    private const string NextSegment = @"(?:[\u4e00-\u9fff-[去来來了的在是我你他她们們上下买買看把被给給和跟就也要想]]{1,6}?" + Unit + ")";

    [GeneratedRegex("(?:" + FirstSegment + NextSegment + "+" + Number + "*|" + FirstSegment + Number + "+|" + Number + "{2,})")]
    private static partial Regex AddressPattern();
}
