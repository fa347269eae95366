namespace LeftBehind.Archive.Model;

/// <summary>学生; 学号 (StudentNumber) is unique within a school.</summary>
internal sealed class Child
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public School? School { get; set; }
    public int ClassId { get; set; }
    public SchoolClass? Class { get; set; }
    public required string StudentNumber { get; set; }
    public required string Name { get; set; }
    public Gender Gender { get; set; }
    public DateOnly? BirthDate { get; set; }
    public LeftBehindType LeftBehindType { get; set; }
    public GuardianRelation GuardianRelation { get; set; }
    /// <summary>帮扶教师 / 代理家长.</summary>
    public int? PairedTeacherId { get; set; }
    public Person? PairedTeacher { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Set by erasure: personal fields are blanked, the row stays for anonymous counts.</summary>
    public DateTimeOffset? ErasedAt { get; set; }
    public List<FamilyLink> Family { get; set; } = [];
}
