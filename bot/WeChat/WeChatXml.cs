using System.Text;
using System.Xml;

namespace LeftBehind.Bot.WeChat;

/// <summary>
/// WeChat's flat <c>&lt;xml&gt;</c> messages read into name/value pairs with an XML reader that refuses any DTD and
/// resolves nothing (no XXE, no entity expansion), and written back with every value in CDATA.
/// </summary>
internal static class WeChatXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersInDocument = 1_048_576,
        MaxCharactersFromEntities = 0,
    };

    /// <summary>The children of the root element (nested ones, like ScanCodeInfo, flattened by name); null when not well-formed.</summary>
    public static Dictionary<string, string>? Parse(string xml)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), Settings);
            if (reader.MoveToContent() != XmlNodeType.Element) return null;
            var rootDepth = reader.Depth;
            string? current = null;
            var value = new StringBuilder();
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        current = reader.Name;
                        value.Clear();
                        if (reader.IsEmptyElement)
                        {
                            fields.TryAdd(current, string.Empty);
                            current = null;
                        }
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                        if (current is not null) value.Append(reader.Value);
                        break;
                    case XmlNodeType.EndElement:
                        if (current is not null && reader.Name == current) fields.TryAdd(current, value.ToString());
                        current = null;
                        if (reader.Depth == rootDepth) return fields;
                        break;
                }
            }
            return fields;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    public static string Write(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var sb = new StringBuilder("<xml>");
        foreach (var (name, value) in fields)
        {
            if (long.TryParse(value, out _) && name is "CreateTime" or "TimeStamp") sb.Append($"<{name}>{value}</{name}>");
            else sb.Append($"<{name}><![CDATA[{value.Replace("]]>", "]]]]><![CDATA[>", StringComparison.Ordinal)}]]></{name}>");
        }
        return sb.Append("</xml>").ToString();
    }

}
