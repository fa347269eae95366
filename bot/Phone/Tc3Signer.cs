using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LeftBehind.Bot.Phone;

/// <summary>
/// Tencent Cloud API 3.0 signing (TC3-HMAC-SHA256) for a JSON POST to "/": the canonical request signs content-type
/// and host (the host name without a port, as Tencent's own SDKs do), the key is derived per day and service.
/// </summary>
internal static class Tc3Signer
{
    public const string ContentType = "application/json; charset=utf-8";

    public static string Authorization(string secretId, string secretKey, string service, string host, byte[] payload, long timestamp)
    {
        var date = DateTimeOffset.FromUnixTimeSeconds(timestamp).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var canonical = $"POST\n/\n\ncontent-type:{ContentType}\nhost:{host}\n\ncontent-type;host\n{Hex(SHA256.HashData(payload))}";
        var scope = $"{date}/{service}/tc3_request";
        var toSign = $"TC3-HMAC-SHA256\n{timestamp}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
        var kDate = HMACSHA256.HashData(Encoding.UTF8.GetBytes("TC3" + secretKey), Encoding.UTF8.GetBytes(date));
        var kService = HMACSHA256.HashData(kDate, Encoding.UTF8.GetBytes(service));
        var kSigning = HMACSHA256.HashData(kService, "tc3_request"u8);
        var signature = Hex(HMACSHA256.HashData(kSigning, Encoding.UTF8.GetBytes(toSign)));
        return $"TC3-HMAC-SHA256 Credential={secretId}/{scope}, SignedHeaders=content-type;host, Signature={signature}";
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
