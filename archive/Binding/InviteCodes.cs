using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace LeftBehind.Archive.Binding;

/// <summary>
/// Codes without look-alikes (no 0/O/1/I), twelve characters read out as three groups of four ("K7P2 QX9M 3RTW"): 32^12
/// ≈ 1.2e18 codes, so that under the global failure budget a guesser's chance of binding any code in a day stays below
/// one in a million (docs/security.md). Six-character codes (the demo school, codes issued before) are still understood.
/// Conversations use <see cref="TryExtract"/> on free text.
/// </summary>
public static partial class InviteCodes
{
    public const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public const int Length = 12;

    /// <summary>How a person reads or types a code: "K7P2-QX9M-3RTW".</summary>
    public static string Format(string code) =>
        code.Length == Length ? $"{code[..4]}-{code[4..8]}-{code[8..]}" : code;

    /// <summary>Always mixes digits and letters, so an English word in a sentence is never taken for a code.</summary>
    internal static string NewCode()
    {
        while (true)
        {
            var code = new string(RandomNumberGenerator.GetItems<char>(Alphabet, Length));
            if (MixesDigitsAndLetters(code)) return code;
        }
    }

    private static bool MixesDigitsAndLetters(string code) => code.Any(char.IsDigit) && code.Any(char.IsLetter);

    /// <summary>Uppercases and drops spaces and dashes ("k7p 2qx" → "K7P2QX").</summary>
    public static string Normalize(string code) =>
        new(code.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray());

    /// <summary>Finds a code inside a sentence ("老师给了我一个邀请码 K7P2QX"); null when there is none.</summary>
    public static string? TryExtract(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        // A message that is nothing but a code may be spaced or dashed anyhow (" baba 23 ": a phone keyboard switching
        // between letters and digits adds a space); inside a sentence a code stands as one word (the patterns below).
        if (Normalize(text) is { Length: 6 or Length } whole && whole.All(c => Alphabet.Contains(c, StringComparison.Ordinal))
            && MixesDigitsAndLetters(whole)) return whole;
        var upper = text.ToUpperInvariant();
        foreach (Match m in LongCodePattern().Matches(upper))
        {
            var code = Normalize(m.Value);
            if (MixesDigitsAndLetters(code)) return code;
        }
        foreach (Match m in CodePattern().Matches(upper))
        {
            if (MixesDigitsAndLetters(m.Value)) return m.Value;
        }
        // "我的码是 BABA 23": after the word for a code, the space a keyboard switch adds stays inside it. Without that
        // word a split is not read as a code ("我在 WXYZ 23 号厂房上班").
        if (CodeWordPattern().Match(upper) is { Success: true } said)
        {
            foreach (Match m in SplitCodePattern().Matches(upper, said.Index + said.Length))
            {
                var code = Normalize(m.Value);
                if (code.Length == 6 && MixesDigitsAndLetters(code)) return code;
            }
        }
        return null;
    }

    /// <summary>Twelve characters, optionally grouped by fours with a dash or a space.</summary>
    [GeneratedRegex("(?<![A-Z0-9])[2-9A-HJ-NP-Z]{4}[- ]?[2-9A-HJ-NP-Z]{4}[- ]?[2-9A-HJ-NP-Z]{4}(?![A-Z0-9])")]
    private static partial Regex LongCodePattern();

    [GeneratedRegex("(?<![A-Z0-9])[2-9A-HJ-NP-Z]{6}(?![A-Z0-9])")]
    private static partial Regex CodePattern();

    [GeneratedRegex("码|碼|CODE")]
    private static partial Regex CodeWordPattern();

    /// <summary>Six characters in two or three parts split by a space or a dash.</summary>
    [GeneratedRegex("(?<![A-Z0-9])[2-9A-HJ-NP-Z]{1,5}(?:[- ][2-9A-HJ-NP-Z]{1,5}){1,2}(?![A-Z0-9])")]
    private static partial Regex SplitCodePattern();
}
