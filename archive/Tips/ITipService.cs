using LeftBehind.Archive.Model;

namespace LeftBehind.Archive.Tips;

/// <summary>
/// The 家长学校 / 家长课堂 library (staff add and edit tips; the repository file seeds it), what each person was sent,
/// their 有用 / 没用, and who asked for no more tips.
/// </summary>
public interface ITipService
{
    Task<IReadOnlyList<TipInfo>> ListAsync(TipAudience? audience = null, bool activeOnly = false, CancellationToken cancellationToken = default);

    Task<TipInfo?> GetAsync(int id, CancellationToken cancellationToken = default);

    /// <summary>Adds a staff tip; throws <see cref="TipInputException"/> when it is invalid or its code is taken.</summary>
    Task<TipInfo> CreateAsync(TipInput input, CancellationToken cancellationToken = default);

    /// <summary>Replaces a tip's fields; null when there is no such tip; throws <see cref="TipInputException"/> when invalid.</summary>
    Task<TipInfo?> UpdateAsync(int id, TipInput input, CancellationToken cancellationToken = default);

    /// <summary>Adds the library tips whose codes are not stored yet (staff edits are kept); returns how many were added.</summary>
    Task<int> SeedAsync(IReadOnlyList<TipInput> library, CancellationToken cancellationToken = default);

    /// <summary>Each person's earlier tips, oldest first.</summary>
    Task<IReadOnlyDictionary<int, IReadOnlyList<TipSendInfo>>> GetSendsAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken = default);

    /// <summary>Stores the choices; a key already stored keeps its first tip (a rerun sends what the first run chose).</summary>
    Task RecordSendsAsync(IReadOnlyList<TipSendInfo> sends, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<string, TipSendInfo>> GetSendsByKeyAsync(IReadOnlyCollection<string> outboxKeys, CancellationToken cancellationToken = default);

    /// <summary>
    /// The tip a person's answer rates: the latest tip delivered to them in the last 7 days not yet rated. With
    /// <paramref name="digitOnly"/> (a bare 1 or 2) only within 3 days, and only if no reminder waiting for 1/2/3 was
    /// delivered after it (the newest question is the one a digit answers).
    /// </summary>
    Task<OpenTip?> FindOpenTipAsync(int personId, bool digitOnly, CancellationToken cancellationToken = default);

    /// <summary>True when a tip was delivered to the person in the last 7 days (so 停 after it means the tips).</summary>
    Task<bool> HadRecentTipAsync(int personId, CancellationToken cancellationToken = default);

    Task<bool> RecordFeedbackAsync(int personId, string outboxKey, TipFeedback feedback, CancellationToken cancellationToken = default);

    /// <summary>Stops (or restarts) tips for the person; false when nothing changed.</summary>
    Task<bool> SetStoppedAsync(int personId, bool stopped, string keyword, CancellationToken cancellationToken = default);

    Task<bool> IsStoppedAsync(int personId, CancellationToken cancellationToken = default);

    Task<IReadOnlySet<int>> GetStoppedAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<int, ChildStage>> GetChildStagesAsync(IReadOnlyCollection<int> childIds, CancellationToken cancellationToken = default);
}
