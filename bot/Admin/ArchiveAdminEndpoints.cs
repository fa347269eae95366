using LeftBehind.Bot.Admin.Archive;

namespace LeftBehind.Bot.Admin;

internal static class ArchiveAdminEndpoints
{
    /// <summary>Admin endpoints for roster, invites, attendance, notes, export and erasure (family archive issue).</summary>
    public static RouteGroupBuilder MapArchiveAdmin(this RouteGroupBuilder admin)
    {
        admin.MapPost("/roster", RosterEndpoint.ImportAsync).DisableAntiforgery().ForSchools();
        admin.MapPost("/invites", InviteEndpoint.CreateAsync).ForSchools();
        admin.MapPost("/attendance", RecordsEndpoints.AttendanceAsync);
        admin.MapPost("/notes", RecordsEndpoints.NotesAsync);
        admin.MapGet("/children/{id:int}/export", ChildRightsEndpoints.ExportAsync);
        admin.MapDelete("/children/{id:int}", ChildRightsEndpoints.EraseAsync);
        admin.MapPost("/children/{id:int}/erase", ChildRightsEndpoints.EraseAsync);
        admin.MapDelete("/persons/{id:int}", ChildRightsEndpoints.ErasePersonAsync);
        admin.MapPost("/persons/{id:int}/erase", ChildRightsEndpoints.ErasePersonAsync);
        admin.MapGet("/emergencies", EmergenciesEndpoint.ListAsync);
        return admin;
    }
}
