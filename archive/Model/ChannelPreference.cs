namespace LeftBehind.Archive.Model;

/// <summary>How a person wants to be reached first (a guardian who cannot read prefers voice).</summary>
internal sealed class ChannelPreference
{
    public int PersonId { get; set; }
    public PreferredChannel Preferred { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
