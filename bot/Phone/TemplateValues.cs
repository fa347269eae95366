using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Bot.Phone;

/// <summary>Fills a template's parameters from a message: <c>text</c> (with the numbered replies unless the template has <c>choices</c>), <c>choices</c>.</summary>
internal static class TemplateValues
{
    public static IReadOnlyList<string> For(ProviderTemplate template, Activity activity)
    {
        var separate = template.ParameterNames().Contains("choices", StringComparer.OrdinalIgnoreCase);
        return template.ParameterNames().Select(name => name.ToLowerInvariant() switch
        {
            "text" => separate ? PhoneText.Body(activity) : PhoneText.Full(activity),
            "choices" => PhoneText.Choices(activity),
            _ => "",
        }).ToList();
    }

    public static ProviderTemplate Pick(IReadOnlyDictionary<string, ProviderTemplate> templates, string kind) =>
        templates.TryGetValue(kind, out var t) && !string.IsNullOrWhiteSpace(t.TemplateId) ? t
        : templates.TryGetValue("Default", out var d) ? d
        : throw new InvalidOperationException($"no template for '{kind}' and no Default template");
}
