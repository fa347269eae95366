namespace LeftBehind.Archive.Model;

/// <summary>A number that replied 退订/T: no more non-urgent SMS; emergencies still go.</summary>
internal sealed class PhoneOptOut
{
    public required string Phone { get; set; }
    public DateTimeOffset OptedOutAt { get; set; }
    /// <summary>The word the person sent (退订, T, TD…), as a record of what they asked.</summary>
    public required string Keyword { get; set; }
    public string? Provider { get; set; }
}
