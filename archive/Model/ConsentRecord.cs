namespace LeftBehind.Archive.Model;

internal sealed class ConsentRecord
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public required string Purpose { get; set; }
    public required string TextVersion { get; set; }
    public DateTimeOffset GivenAt { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
}
