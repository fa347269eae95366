namespace LeftBehind.Tests.PhoneChannels;

/// <summary>What a simulator accepted: an SMS (Action SendSms) or a call (SendTtsVoice / SingleCallByTts).</summary>
internal sealed record SimMessage(string Provider, string Action, string Phone, string TemplateId, IReadOnlyList<string> Values, string Reference, string ProviderId, int? PlayTimes)
{
    public string Text => string.Join("|", Values);
}
