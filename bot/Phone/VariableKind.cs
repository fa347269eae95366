namespace LeftBehind.Bot.Phone;

/// <summary>The variable property a template's variable was approved with (it decides what a value may contain).</summary>
public enum VariableKind
{
    /// <summary>Free text (Tencent 其他 / 中文汉字, Aliyun others): no links, no 【】.</summary>
    Text,

    /// <summary>A name (Aliyun name): as text, cut to its length without an ellipsis.</summary>
    Name,

    /// <summary>Digits only (Tencent 其他号码, Aliyun other_number).</summary>
    Number,
}
