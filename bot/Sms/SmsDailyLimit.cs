namespace LeftBehind.Bot.Sms;

/// <summary>
/// The providers' refusal of a number that has had its day's share of SMS (Tencent <c>LimitExceeded.PhoneNumberDailyLimit</c>,
/// default 10 per number and day; Aliyun <c>isv.BUSINESS_LIMIT_CONTROL</c> with 天级流控). Nothing more reaches that number by
/// SMS until the provider's day ends (Beijing midnight). The ledger keeps the refusal as "code: message".
/// </summary>
internal static class SmsDailyLimit
{
    public static readonly TimeZoneInfo ProviderZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static bool IsRefusal(string? error) =>
        error is not null
        && (error.StartsWith("LimitExceeded.PhoneNumberDailyLimit", StringComparison.Ordinal)
            || (error.StartsWith("isv.BUSINESS_LIMIT_CONTROL", StringComparison.Ordinal) && error.Contains("天级", StringComparison.Ordinal)));

    /// <summary>The start of the provider's day (Beijing midnight) that <paramref name="now"/> is in.</summary>
    public static DateTimeOffset DayStart(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, ProviderZone);
        return new DateTimeOffset(local.Date, local.Offset).ToUniversalTime();
    }
}
