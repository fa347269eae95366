namespace LeftBehind.Bot.Voice;

/// <summary>A text-to-speech notification call; returns the provider's call id once the call is placed.</summary>
internal interface IVoiceClient
{
    string Provider { get; }

    Task<string?> CallAsync(VoiceCallRequest request, CancellationToken cancellationToken);
}
