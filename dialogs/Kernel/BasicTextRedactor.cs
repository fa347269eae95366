using System.Text.RegularExpressions;

namespace LeftBehind.Dialogs.Kernel;

/// <summary>
/// The fallback redactor: masks mainland mobile numbers, ID card numbers, bank card numbers and e-mail addresses.
/// Message understanding registers a thorough one (names, addresses) that replaces it.
/// </summary>
internal sealed partial class BasicTextRedactor : ITextRedactor
{
    public string Redact(string text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        text = IdCardRegex().Replace(text, "[身份证]");
        text = BankCardRegex().Replace(text, "[卡号]");
        text = PhoneRegex().Replace(text, "[电话]");
        return EmailRegex().Replace(text, "[邮箱]");
    }

    [GeneratedRegex(@"(?<!\d)\d{17}[\dXx](?!\d)")]
    private static partial Regex IdCardRegex();

    [GeneratedRegex(@"(?<!\d)\d{16,19}(?!\d)")]
    private static partial Regex BankCardRegex();

    [GeneratedRegex(@"(?<!\d)(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)")]
    private static partial Regex PhoneRegex();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.-]+")]
    private static partial Regex EmailRegex();
}
