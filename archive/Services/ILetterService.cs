using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

/// <summary>两地书. A parent's letter to the child counts as a contact (ContactKind.Letter).</summary>
public interface ILetterService
{
    /// <summary>
    /// ToChild: written by a parent of the child. FromChild: the child's reply entered by the guardian or a teacher.
    /// Text or a photo (URL + content type) or both.
    /// </summary>
    Task<LetterInfo> WriteAsync(Actor author, int childId, LetterDirection direction, string? text, string? photoUrl = null, string? photoContentType = null, CancellationToken cancellationToken = default);

    /// <summary>Letters exchanged about the child, newest first.</summary>
    Task<IReadOnlyList<LetterInfo>?> ListAsync(Actor actor, int childId, int max = 20, CancellationToken cancellationToken = default);

    /// <summary>
    /// Letters of <paramref name="direction"/> about the child since <paramref name="since"/>, written by someone else and
    /// not yet read to the child: the count "欢迎回来" shows. Null when the actor may not see the child.
    /// </summary>
    Task<int?> CountNewAsync(Actor actor, int childId, LetterDirection direction, DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>
    /// The guardian (or a teacher) read a letter to the child (已读给孩子听): kept once, with who and when, for the
    /// writer's letter history. Only letters to the child; null when there is no such letter the actor may read.
    /// </summary>
    Task<LetterReadToChild?> MarkReadToChildAsync(Actor reader, int letterId, CancellationToken cancellationToken = default);
}
