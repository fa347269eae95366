using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Services;

/// <summary>Calls home and other contacts; the weekly-contact check reads <see cref="LastContactAsync"/> / archive_contacts.</summary>
public interface ICallHomeService
{
    /// <summary>A parent books a call; the guardian is to confirm. Must be in the future.</summary>
    Task<CallBookingInfo> BookAsync(Actor parent, int childId, DateTimeOffset scheduledAt, CancellationToken cancellationToken = default);

    /// <summary>The child's guardian (or a teacher) confirms or declines a proposed call.</summary>
    Task<CallBookingInfo> RespondAsync(Actor actor, int bookingId, bool accept, CancellationToken cancellationToken = default);

    /// <summary>The call happened: status Done and a contact (ContactKind.Call) is logged.</summary>
    Task<CallBookingInfo> MarkDoneAsync(Actor actor, int bookingId, CancellationToken cancellationToken = default);

    Task<CallBookingInfo> CancelAsync(Actor actor, int bookingId, CancellationToken cancellationToken = default);

    /// <summary>Upcoming (proposed or confirmed) calls for a child, soonest first.</summary>
    Task<IReadOnlyList<CallBookingInfo>?> UpcomingAsync(Actor actor, int childId, CancellationToken cancellationToken = default);

    /// <summary>Logs a contact between a parent and the child (e.g. a message passed on).</summary>
    Task LogContactAsync(Actor parent, int childId, ContactKind kind, CancellationToken cancellationToken = default);

    /// <summary>When the parent last had any recorded contact with the child (null: never). No policy: for jobs.</summary>
    Task<DateTimeOffset?> LastContactAsync(int childId, int parentId, CancellationToken cancellationToken = default);
}
