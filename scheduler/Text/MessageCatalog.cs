using System.Globalization;
using LeftBehind.Dialogs.Notifications;
using LeftBehind.Dialogs.Resources;
using LeftBehind.Scheduler.Outbox;

namespace LeftBehind.Scheduler.Text;

/// <summary>
/// Proactive message texts from Resources/Messages*.resx: zh-CN is the neutral resource, zh-TW and en are
/// satellites. Every tag maps onto them as everywhere else (<see cref="Locales.Normalize"/>: zh-HK and zh-MO read
/// Traditional); unknown locales fall back to zh-CN.
/// </summary>
internal static class MessageCatalog
{
    private static readonly ResxText Resources = new("LeftBehind.Scheduler.Resources.Messages", typeof(MessageCatalog).Assembly);

    public static string Get(string name, string locale, params object[] args) => Resources.Get(Culture(locale), name, args);

    /// <summary>The numbered done / later / can't choices a reminder carries, from the catalogue's one set of reply words; the values are what the reply parser reads.</summary>
    public static IReadOnlyList<OutboxChoice> ReplyChoices(string locale) =>
        ReminderReplyWords.All.Select(r => new OutboxChoice(ReminderReplyWords.Title(Culture(locale), r), ReminderReplyWords.Value(r))).ToList();

    /// <summary>A reminder: one short sentence, then the reply hint, with the three numbered buttons.</summary>
    public static OutboxMessage Reminder(string locale, string sentence) =>
        new($"{sentence}\n{ReminderReplyWords.Hint(Culture(locale))}", ReplyChoices(locale));

    /// <summary>
    /// A tip: the series name (家长学校 for guardians, 家长课堂 for parents), the one sentence in the recipient's
    /// language, then how to answer (1 有用, 2 没用, 停), with the two answers as buttons where the channel has them.
    /// </summary>
    public static OutboxMessage Tip(string locale, bool guardian, LeftBehind.Archive.Tips.TipInfo tip)
    {
        var language = Locales.Normalize(locale);
        var series = Get(guardian ? "Tip_Series_Guardian" : "Tip_Series_Parent", locale);
        return new OutboxMessage(
            Get("Tip_Message", locale, series, tip.Text(language), Get("Tip_Hint", locale)),
            [new(Get("Tip_Choice_Useful", locale), "1"), new(Get("Tip_Choice_NotUseful", locale), "2")]);
    }

    /// <summary>Children's names as a list in the recipient's language (小明、小红 / Ming, Hong).</summary>
    public static string JoinNames(string locale, IEnumerable<string> names) =>
        string.Join(Culture(locale).Name == "en" ? ", " : "、", names);

    /// <summary>The month as the digest sentence wants it: a number before 月 in Chinese, the name in English.</summary>
    public static string MonthLabel(string locale, int month)
    {
        var culture = Culture(locale);
        return culture.Name == "en" ? culture.DateTimeFormat.GetMonthName(month) : month.ToString(CultureInfo.InvariantCulture);
    }

    public static CultureInfo Culture(string? locale) => CultureInfo.GetCultureInfo(Locales.Normalize(locale) switch
    {
        Locales.ZhTw => "zh-TW",
        Locales.En => "en",
        _ => "zh-CN",
    });
}
