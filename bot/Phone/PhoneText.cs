using System.Text;
using System.Text.Json;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Bot.Phone;

/// <summary>An activity as plain text for SMS or speech: buttons become numbered lines the person can answer with.</summary>
internal static class PhoneText
{
    public static string Body(Activity activity) => (activity.Text ?? string.Empty).Trim();

    /// <summary>"1 已完成" stays as it is; a title without its number gets "2. " in front; titles the text already shows are skipped.</summary>
    public static string Choices(Activity activity)
    {
        var actions = activity.SuggestedActions?.Actions;
        if (actions is null || actions.Count == 0) return string.Empty;
        var text = activity.Text ?? string.Empty;
        var sb = new StringBuilder();
        for (var i = 0; i < actions.Count; i++)
        {
            var title = actions[i].Title;
            if (string.IsNullOrWhiteSpace(title) || text.Contains(title, StringComparison.Ordinal)) continue;
            if (sb.Length > 0) sb.Append('\n');
            sb.Append(char.IsAsciiDigit(title[0]) ? title : $"{i + 1}. {title}");
        }
        return sb.ToString();
    }

    public static string Full(Activity activity)
    {
        var choices = Choices(activity);
        return choices.Length == 0 ? Body(activity) : Body(activity) + "\n" + choices;
    }

    /// <summary>
    /// Billed parts: up to 70 characters (signature included) is one SMS; a longer one is split into parts of 67.
    /// </summary>
    public static int Parts(string signName, string text)
    {
        var length = signName.Length + 2 + text.Length;
        return length <= 70 ? 1 : (length + 66) / 67;
    }

    /// <summary>The kind a template is chosen by: the outbox job, or for ad-hoc sends the key's prefix (emergency, answer…).</summary>
    public static string Kind(string key)
    {
        var parts = key.Split('|');
        if (parts.Length != 3) return key.StartsWith("reply:", StringComparison.Ordinal) ? "Reply" : "Default";
        if (parts[0] != "direct") return parts[0];
        var colon = parts[2].IndexOf(':');
        return colon > 0 ? parts[2][..colon] : parts[2];
    }

    public static string? OutboxKey(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("outboxKey", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
}
