namespace LeftBehind.Bot.Sms;

/// <summary>What a provider's status query says of one message.</summary>
internal enum SmsDeliveryState
{
    /// <summary>The provider has no record of it: it never took the request.</summary>
    NotFound,

    /// <summary>Taken, no handset report yet (Aliyun SendStatus 1).</summary>
    Accepted,

    Delivered,

    Failed,
}
