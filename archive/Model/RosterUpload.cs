namespace LeftBehind.Archive.Model;

/// <summary>
/// A roster file between its preview and its import: in the database, not one instance's memory, so the import works
/// on whichever instance the second request reaches. Tied to the staff account that previewed it; kept minutes only.
/// </summary>
internal sealed class RosterUpload
{
    /// <summary>32 random hex characters: the form's hidden field.</summary>
    public required string Id { get; set; }

    public int StaffId { get; set; }

    public required byte[] Content { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
