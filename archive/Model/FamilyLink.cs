namespace LeftBehind.Archive.Model;

internal sealed class FamilyLink
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public FamilyRole Role { get; set; }
}
