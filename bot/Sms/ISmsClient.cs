namespace LeftBehind.Bot.Sms;

/// <summary>
/// An SMS provider. Returns when the provider accepted the message; throws <see cref="Phone.PhoneSendRejectedException"/>
/// when it refused (with its error code) and <see cref="Phone.PhoneOutcomeUnknownException"/> when the answer was lost.
/// </summary>
internal interface ISmsClient
{
    string Provider { get; }

    string SignName { get; }

    Task<SmsSendResult> SendAsync(SmsSendRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// The provider's status query for one message (Tencent <c>PullSmsSendStatusByPhoneNumber</c>, Aliyun
    /// <c>QuerySendDetails</c>): what decides a send whose answer was lost.
    /// </summary>
    Task<SmsStatus> QueryAsync(SmsStatusQuery query, CancellationToken cancellationToken);
}
