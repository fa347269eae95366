namespace LeftBehind.Archive.Model;

/// <summary>班级; the head teacher (班主任) is a <see cref="Person"/> of kind Teacher.</summary>
internal sealed class SchoolClass
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public School? School { get; set; }
    public required string Name { get; set; }
    public int? HeadTeacherId { get; set; }
    public Person? HeadTeacher { get; set; }
    public List<Child> Children { get; set; } = [];
}
