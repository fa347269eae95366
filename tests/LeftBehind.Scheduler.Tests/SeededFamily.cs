namespace LeftBehind.Tests.Scheduler;

internal sealed record SeededFamily(int ChildId, string ChildName, int? FatherId, int? MotherId, int? GuardianId)
{
    public int Father => FatherId ?? throw new InvalidOperationException("no father");

    public int Mother => MotherId ?? throw new InvalidOperationException("no mother");

    public int Guardian => GuardianId ?? throw new InvalidOperationException("no guardian");

    public static string User(int personId) => $"u{personId}";
}
