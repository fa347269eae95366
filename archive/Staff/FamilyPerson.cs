using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Staff;

/// <summary>
/// A parent or guardian on the families page: the channels they can be reached on now, whether consent is on record,
/// whether a phone is known, and the channels they left (unfollowed the WeChat account): they opened a chat and then
/// left it, which is not the same as never having bound one.
/// </summary>
public sealed record FamilyPerson(int PersonId, FamilyRole Role, string Name, bool HasPhone, IReadOnlyList<string> Channels, bool Consented, IReadOnlyList<string> LeftChannels);
