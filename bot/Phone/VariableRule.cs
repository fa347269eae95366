namespace LeftBehind.Bot.Phone;

/// <summary>
/// <c>Sms:Templates:&lt;Kind&gt;:Rules:&lt;parameter&gt;</c>: the approved variable's property and its longest value
/// (Tencent: 6 or 12 characters per variable unless the account's review allowed more; Aliyun notification variables 35).
/// Every character counts 1 (汉字, letter, digit, punctuation, space); 0 means no limit was approved.
/// </summary>
public sealed class VariableRule
{
    public VariableKind Kind { get; set; } = VariableKind.Text;

    public int MaxLength { get; set; }
}
