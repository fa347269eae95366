using LeftBehind.Archive.Model;
using LeftBehind.Dialogs.Family;

namespace LeftBehind.Dialogs.Care;

internal sealed record RecordGuardianState
{
    public ChildChoice? Child { get; init; }
    public string? Name { get; init; }
    public string? Relation { get; init; }
    public string? Phone { get; init; }
    public EntrustmentNotice? How { get; init; }
}
