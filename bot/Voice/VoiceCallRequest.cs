using LeftBehind.Bot.Phone;

namespace LeftBehind.Bot.Voice;

internal sealed record VoiceCallRequest(string Phone, ProviderTemplate Template, IReadOnlyList<string> Values, int PlayTimes, string Reference);
