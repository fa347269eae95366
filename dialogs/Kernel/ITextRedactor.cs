namespace LeftBehind.Dialogs.Kernel;

/// <summary>
/// Removes personal data (phone, ID card and bank card numbers, addresses) from text before it is logged or kept in a
/// transcript. Message understanding provides the thorough implementation; the kernel only depends on this shape.
/// </summary>
public interface ITextRedactor
{
    string Redact(string text);
}
