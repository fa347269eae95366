using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

public interface INoteService
{
    /// <summary>A teacher of the child (or admin) writes a note, a monthly talk (谈心) or a home visit (家访).</summary>
    Task<NoteInfo> WriteAsync(Actor author, int childId, NoteCategory category, NoteKind kind, NoteVisibility visibility, string text, CancellationToken cancellationToken = default);

    /// <summary>Notes the actor may see (parents and guardians: parents-visible only), newest first; page is 0-based.</summary>
    Task<NotePage?> GetAsync(Actor actor, int childId, NoteCategory? category = null, int page = 0, int pageSize = 5, CancellationToken cancellationToken = default);
}
