using System.Buffers.Binary;
using System.Security.Cryptography;

namespace LeftBehind.Tests.StaffConsole;

/// <summary>
/// What an authenticator app on a phone computes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits) from the base32 key
/// the console shows — written from the RFC, independent of Identity's implementation, so the two check each other.
/// Identity checks codes against the wall clock (it takes no TimeProvider) and accepts two steps either side, so the
/// code is computed from the wall clock just before it is posted.
/// </summary>
internal static class Totp
{
    public static string Code(string base32Key, DateTimeOffset at)
    {
        var counter = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, at.ToUnixTimeSeconds() / 30);
        var hash = HMACSHA1.HashData(FromBase32(base32Key), counter);
        var offset = hash[^1] & 0x0f;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7fffffff) % 1_000_000;
        return binary.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string Now(string base32Key) => Code(base32Key, TimeProvider.System.GetUtcNow());

    private static byte[] FromBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = 0;
        var value = 0;
        var bytes = new List<byte>();
        foreach (var c in text.ToUpperInvariant().Where(c => c is not ('=' or ' ')))
        {
            value = (value << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(value >> (bits - 8)));
                bits -= 8;
            }
        }
        return [.. bytes];
    }
}
