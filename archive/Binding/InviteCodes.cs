using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace LeftBehind.Archive.Binding;

/// <summary>Short codes without look-alikes (no 0/O/1/I); conversations use <see cref="TryExtract"/> on free text.</summary>
public static partial class InviteCodes
{
    public const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public const int Length = 6;

    /// <summary>Always mixes digits and letters, so an English word in a sentence is never taken for a code.</summary>
    internal static string NewCode()
    {
        while (true)
        {
            var code = new string(RandomNumberGenerator.GetItems<char>(Alphabet, Length));
            if (code.Any(char.IsDigit) && code.Any(char.IsLetter)) return code;
        }
    }

    /// <summary>Uppercases and drops spaces and dashes ("k7p 2qx" → "K7P2QX").</summary>
    public static string Normalize(string code) =>
        new(code.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray());

    /// <summary>Finds a code inside a sentence ("老师给了我一个邀请码 K7P2QX"); null when there is none.</summary>
    public static string? TryExtract(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        foreach (Match m in CodePattern().Matches(text.ToUpperInvariant()))
        {
            if (m.Value.Any(char.IsDigit) && m.Value.Any(char.IsLetter)) return m.Value;
        }
        return null;
    }

    [GeneratedRegex("(?<![A-Z0-9])[2-9A-HJ-NP-Z]{6}(?![A-Z0-9])")]
    private static partial Regex CodePattern();
}
