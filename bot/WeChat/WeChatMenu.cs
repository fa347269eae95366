namespace LeftBehind.Bot.WeChat;

/// <summary>
/// The account's menu for every role (parents, guardians, teachers): each click key is a resource name's tail, and a click
/// says what the person would have typed (WeChatActivityMapper.ClickText), so the flows need nothing WeChat-specific.
/// </summary>
internal static class WeChatMenu
{
    public static object Default(string locale) => new
    {
        button = new object[]
        {
            Click("Attendance", locale),
            Click("AskTeacher", locale),
            new
            {
                name = WeChatText.Get("MenuMore", locale),
                sub_button = new object[] { Click("Letter", locale), Click("Leave", locale), Click("Questions", locale), Click("Help", locale) },
            },
        },
    };

    private static object Click(string key, string locale) => new { type = "click", name = WeChatText.Get("Menu" + key, locale), key };
}
