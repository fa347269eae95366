using LeftBehind.Archive.Model;

namespace LeftBehind.Dialogs.Conversations;

/// <summary>The options of <see cref="ChooseChannelDialog"/>: the channel the starting message named, if any (then nothing is asked).</summary>
internal sealed record ChooseChannelState
{
    public PreferredChannel? Stated { get; init; }
}
