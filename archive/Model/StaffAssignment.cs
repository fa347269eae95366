namespace LeftBehind.Archive.Model;

/// <summary>A teacher's school role (the counsellor), assigned by the school.</summary>
internal sealed class StaffAssignment
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public StaffRole Role { get; set; }
}
