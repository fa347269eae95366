using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Bot.Sms;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Scheduler.Outbox;

namespace LeftBehind.Bot.Phone;

/// <summary>
/// With SMS or voice configured, a person with a number on the roster is reached today even without a chat — unless the
/// SMS provider refused that number today for its daily limit (the newest send to it says so): then nothing reaches it by
/// SMS before Beijing midnight, and whoever wrote to them is told so (for an emergency: to phone them) instead of that
/// they were notified. The same holds for a number bound as an SMS conversation.
/// </summary>
internal sealed class PhoneReach(IPhoneRecords phones, IChannelSendRecords sends, TimeProvider time) : IOfflineReach
{
    public async Task<bool> ReachesAsync(int personId, CancellationToken cancellationToken) =>
        PhoneAddress.Normalize(await phones.GetRosterPhoneAsync(personId, cancellationToken).ConfigureAwait(false)) is { } phone
        && !await OverDailyLimitAsync(phone, cancellationToken).ConfigureAwait(false);

    public async Task<bool> RefusesAsync(ChannelAddress address, CancellationToken cancellationToken) =>
        address.ChannelId == PhoneAddress.SmsChannel && PhoneAddress.Normalize(address.ChannelUserId) is { } phone
        && await OverDailyLimitAsync(phone, cancellationToken).ConfigureAwait(false);

    public async Task<bool> OverLimitTodayAsync(int personId, CancellationToken cancellationToken) =>
        PhoneAddress.Normalize(await phones.GetRosterPhoneAsync(personId, cancellationToken).ConfigureAwait(false)) is { } phone
        && await OverDailyLimitAsync(phone, cancellationToken).ConfigureAwait(false);

    private async Task<bool> OverDailyLimitAsync(string phone, CancellationToken cancellationToken)
    {
        var latest = await sends.LatestToAsync(PhoneAddress.SmsChannel, phone, SmsDailyLimit.DayStart(time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        return latest is { Status: ChannelSendStatus.Failed } && SmsDailyLimit.IsRefusal(latest.Error);
    }
}
