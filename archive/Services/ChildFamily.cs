using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

/// <summary>Who to tell about a child: parents, the guardian living with them, the head and paired teacher.</summary>
public sealed record ChildFamily(
    int ChildId,
    string ChildName,
    PersonRef? Father,
    PersonRef? Mother,
    PersonRef? Guardian,
    GuardianRelation GuardianRelation,
    PersonRef? HeadTeacher,
    PersonRef? PairedTeacher)
{
    public IEnumerable<PersonRef> Parents => new[] { Father, Mother }.OfType<PersonRef>();
}
