using System.Text.Json.Nodes;

namespace LeftBehind.Archive.Services;

/// <summary>
/// PIPL rights of one person, from the chat (「我的信息」) and the admin API: consent given, refused or withdrawn
/// (recorded with the text version and time), what is held, an export, and erasure of the person.
/// </summary>
public interface IPersonRights
{
    Task<ConsentState> GetConsentAsync(int personId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Of <paramref name="personIds"/>, the parents and guardians whose routine messages about a child must wait (PIPL
    /// Art. 29/31): no agreement in force, and they refused (不同意), withdrew, or were asked when they bound a channel and
    /// have not answered yet. A roster number that never used the service is not among them (the school's enrolment
    /// consent covers it; its first reply is asked the separate question). Staff are never among them.
    /// </summary>
    Task<IReadOnlySet<int>> GetAwaitingConsentAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken = default);

    /// <summary>Records agreement to <paramref name="consent"/> now (a new row; earlier answers stay as history).</summary>
    Task GiveConsentAsync(int personId, ConsentGiven consent, CancellationToken cancellationToken = default);

    /// <summary>Records 不同意 to the text version now (audit <c>consent.refused</c>): nothing about a child is shown.</summary>
    Task RefuseConsentAsync(int personId, string textVersion, CancellationToken cancellationToken = default);

    /// <summary>Withdraws every agreement in force; false when there was none.</summary>
    Task<bool> WithdrawConsentAsync(int personId, CancellationToken cancellationToken = default);

    /// <summary>What is held about the person and their children; null for no such (or an erased) person.</summary>
    Task<PersonDataSummary?> SummaryAsync(int personId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The person's own data and, when <paramref name="withChildren"/>, what parents may read about their children
    /// (staff-only notes and other family members' contact details are not theirs to take). Null for no such person.
    /// </summary>
    Task<JsonObject?> ExportAsync(int personId, bool withChildren, CancellationToken cancellationToken = default);

    /// <summary>
    /// Erases the person: their name, phone and workplace, their links to children, bindings, invites, preferences and
    /// delivery records, and their name or phone wherever it is written in the archive; counts stay. False when there
    /// is no such person (or they were already erased).
    /// </summary>
    Task<bool> ErasePersonAsync(int personId, CancellationToken cancellationToken = default);
}
