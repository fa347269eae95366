namespace LeftBehind.Bot.Phone;

public enum PhoneProvider
{
    None,
    Tencent,
    Aliyun,
}
