using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Kernel;

/// <summary>Keeps the (already redacted) activities of a conversation.</summary>
internal interface ITranscriptLogger
{
    Task LogActivityAsync(Activity activity, CancellationToken cancellationToken = default);
}
