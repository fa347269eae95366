namespace LeftBehind.Archive.Model;

internal sealed class School
{
    public int Id { get; set; }
    public required string Name { get; set; }
    /// <summary>IANA time zone for school days and reminders.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";
    public List<SchoolClass> Classes { get; set; } = [];
}
