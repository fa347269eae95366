namespace LeftBehind.Bot.Phone;

/// <summary>
/// An approved template: its id at the provider and its parameter names in order (Tencent fills them by position,
/// Aliyun by name). <c>text</c> is the message itself; <c>choices</c> the numbered replies, when the template keeps them apart.
/// </summary>
public sealed class ProviderTemplate
{
    public string TemplateId { get; set; } = "";

    /// <summary>Empty means one parameter, <c>text</c>. (A default here would be appended to by the configuration binder.)</summary>
    public List<string> Parameters { get; set; } = [];

    /// <summary>Per parameter name: the approved variable's property and length, enforced before sending (<see cref="TemplateFit"/>).</summary>
    public Dictionary<string, VariableRule> Rules { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Text longer than its variable allows: <see cref="OverflowMode.Split"/> (default) or <see cref="OverflowMode.Truncate"/>.</summary>
    public OverflowMode Overflow { get; set; } = OverflowMode.Split;

    public IReadOnlyList<string> ParameterNames() => Parameters.Count == 0 ? ["text"] : Parameters;
}
