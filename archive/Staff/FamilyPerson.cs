using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Staff;

/// <summary>A parent or guardian on the families page: the channels they have bound, whether consent is on record, and whether a phone is known.</summary>
public sealed record FamilyPerson(int PersonId, FamilyRole Role, string Name, bool HasPhone, IReadOnlyList<string> Channels, bool Consented);
