namespace LeftBehind.Dialogs.Understanding;

/// <summary>GB 11643 resident ID numbers: 17 digits and an ISO 7064 MOD 11-2 check character.</summary>
internal static class ChineseIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    public static bool IsValid(ReadOnlySpan<char> id)
    {
        if (id.Length != 18) return false;
        return ComputeCheckCharacter(id[..17]) is { } check && char.ToUpperInvariant(id[17]) == check;
    }

    /// <summary>The check character for the first 17 digits, or null when they are not all digits.</summary>
    public static char? ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17) return null;
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(first17[i])) return null;
            sum += (first17[i] - '0') * Weights[i];
        }
        return CheckCharacters[sum % 11];
    }
}
