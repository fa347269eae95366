using System.Globalization;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.WeChat;

/// <summary>
/// Daily counts on WeChat's quota day (midnight in <see cref="WeChatOptions.QuotaTimeZone"/>): quota use per API, with
/// a share kept back for emergencies, messages in and out, and errors by code for the status page.
/// </summary>
internal sealed class WeChatCounters(WeChatStore store, IOptions<WeChatOptions> options, TimeProvider time)
{
    public const string Custom = "quota.custom";
    public const string Template = "quota.template";

    private TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(options.Value.QuotaTimeZone);

    public string Today => Day(time.GetUtcNow());

    public string Day(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The start of the next quota day, in UTC.</summary>
    public DateTimeOffset NextDayStart()
    {
        var local = TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone);
        var midnight = local.Date.AddDays(1);
        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight));
    }

    public long Limit(string quota) => quota == Custom ? options.Value.DailyCustomQuota : options.Value.DailyTemplateQuota;

    /// <summary>Takes one send from today's quota; an ordinary notice may not touch the share kept for emergencies.</summary>
    public Task<bool> TryConsumeAsync(string quota, bool urgent, CancellationToken ct)
    {
        var limit = Limit(quota);
        if (!urgent) limit = (long)Math.Floor(limit * (1 - options.Value.EmergencyReserve));
        return store.TryConsumeAsync(Today, quota, limit, ct);
    }

    /// <summary>WeChat said the day's quota is gone (45009): no more sends of this API today, whatever we counted.</summary>
    public Task ExhaustAsync(string quota, CancellationToken ct) => store.RaiseToAsync(Today, quota, Limit(quota), ct);

    public Task ErrorAsync(int errcode, CancellationToken ct) => store.AddAsync(Today, "error." + errcode.ToString(CultureInfo.InvariantCulture), 1, ct);

    public Task CountAsync(string name, CancellationToken ct) => store.AddAsync(Today, name, 1, ct);
}
