using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LeftBehind.Bot.Phone;

/// <summary>
/// Aliyun RPC-style signing (SignatureVersion 1.0, HMAC-SHA1): parameters sorted by name, RFC 3986 percent-encoding,
/// "POST&amp;%2F&amp;" plus the encoded canonical query, keyed with the secret and "&amp;".
/// </summary>
internal static class AliyunRpcSigner
{
    /// <summary>The common parameters, then the action's own, then the signature: the form body to POST.</summary>
    public static string SignedBody(string accessKeyId, string accessKeySecret, string action, string version, IReadOnlyDictionary<string, string> parameters, DateTimeOffset now, string nonce)
    {
        var all = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["Action"] = action,
            ["Format"] = "JSON",
            ["Version"] = version,
            ["AccessKeyId"] = accessKeyId,
            ["SignatureMethod"] = "HMAC-SHA1",
            ["SignatureVersion"] = "1.0",
            ["SignatureNonce"] = nonce,
            ["Timestamp"] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        };
        foreach (var (k, v) in parameters) all[k] = v;
        var canonical = string.Join('&', all.Select(p => Encode(p.Key) + "=" + Encode(p.Value)));
        var toSign = "POST&" + Encode("/") + "&" + Encode(canonical);
        var signature = Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(accessKeySecret + "&"), Encoding.UTF8.GetBytes(toSign)));
        return canonical + "&Signature=" + Encode(signature);
    }

    /// <summary>RFC 3986: unreserved characters stay, everything else is %XX of its UTF-8 bytes.</summary>
    public static string Encode(string value)
    {
        var sb = new StringBuilder(value.Length * 2);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~') sb.Append(c);
            else sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}
