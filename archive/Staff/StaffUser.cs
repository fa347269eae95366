using Microsoft.AspNetCore.Identity;

namespace LeftBehind.Archive.Staff;

/// <summary>
/// A staff account of the console (ASP.NET Core Identity). A school's staff belong to one school; a teacher's account
/// is linked to the teacher in the roster, so the console sees exactly the children the chat lets that teacher see.
/// </summary>
public sealed class StaffUser : IdentityUser<int>
{
    /// <summary>Null only for a county viewer, who sees every school's figures and no names.</summary>
    public int? SchoolId { get; set; }

    public required string DisplayName { get; set; }

    /// <summary>The roster's teacher (archive_persons, kind Teacher) for head and paired teachers.</summary>
    public int? PersonId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
