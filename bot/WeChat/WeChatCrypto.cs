using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace LeftBehind.Bot.WeChat;

/// <summary>
/// WeChat's message signature and encryption (消息加解密): SHA-1 over the sorted strings; AES-256-CBC with the
/// EncodingAESKey (IV = its first 16 bytes) over random(16) + length(4, big-endian) + message + AppId, PKCS#7 padded to
/// 32 bytes. Checked against the npm package wechat-crypto in the tests.
/// </summary>
internal static class WeChatCrypto
{
    private const int Block = 32;

    /// <summary>SHA-1 hex of the parts sorted in ordinal order and joined (<c>signature</c> and <c>msg_signature</c>).</summary>
    public static string Sign(params string[] parts)
    {
        var sorted = parts.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(sorted))));
    }

    /// <summary>Constant-time comparison of a received signature with the expected one.</summary>
    public static bool SignatureMatches(string? received, params string[] parts)
    {
        if (string.IsNullOrEmpty(received)) return false;
        var expected = Encoding.ASCII.GetBytes(Sign(parts));
        var actual = Encoding.ASCII.GetBytes(received.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }

    public static bool IsValidKey(string? encodingAesKey)
    {
        if (encodingAesKey is not { Length: 43 }) return false;
        try
        {
            return Convert.FromBase64String(encodingAesKey + "=").Length == 32;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static byte[] Key(string encodingAesKey) => Convert.FromBase64String(encodingAesKey + "=");

    public static string Encrypt(string message, byte[] key, string appId)
    {
        var body = Encoding.UTF8.GetBytes(message);
        var id = Encoding.UTF8.GetBytes(appId);
        var plainLength = 16 + 4 + body.Length + id.Length;
        var pad = Block - plainLength % Block;
        var plain = new byte[plainLength + pad];
        RandomNumberGenerator.Fill(plain.AsSpan(0, 16));
        BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(16, 4), body.Length);
        body.CopyTo(plain, 20);
        id.CopyTo(plain, 20 + body.Length);
        plain.AsSpan(plainLength).Fill((byte)pad);
        using var aes = Aes.Create();
        aes.Key = key;
        return Convert.ToBase64String(aes.EncryptCbc(plain, key.AsSpan(0, 16), PaddingMode.None));
    }

    /// <summary>The message and the AppId it was encrypted for; null when the ciphertext is not one of ours (bad key, padding or length).</summary>
    public static (string Message, string AppId)? Decrypt(string cipherText, byte[] key)
    {
        byte[] cipher;
        try
        {
            cipher = Convert.FromBase64String(cipherText);
        }
        catch (FormatException)
        {
            return null;
        }
        if (cipher.Length == 0 || cipher.Length % 16 != 0) return null;
        byte[] plain;
        using (var aes = Aes.Create())
        {
            aes.Key = key;
            plain = aes.DecryptCbc(cipher, key.AsSpan(0, 16), PaddingMode.None);
        }
        int pad = plain[^1];
        if (pad is < 1 or > Block || pad > plain.Length) return null;
        var content = plain.AsSpan(0, plain.Length - pad);
        if (content.Length < 20) return null;
        var length = BinaryPrimitives.ReadInt32BigEndian(content.Slice(16, 4));
        if (length < 0 || 20 + length > content.Length) return null;
        try
        {
            var utf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
            return (utf8.GetString(content.Slice(20, length)), utf8.GetString(content[(20 + length)..]));
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
