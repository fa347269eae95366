namespace LeftBehind.Archive.Services;

/// <summary>Children and classes as the actor may see them (audited).</summary>
public interface IChildrenService
{
    /// <summary>Parent: own children; guardian: those in their care; teacher: their classes and paired children; admin: all.</summary>
    Task<IReadOnlyList<ChildSummary>> GetChildrenAsync(Actor actor, CancellationToken cancellationToken = default);

    /// <summary>Null when the child does not exist or the actor may not see it.</summary>
    Task<ChildSummary?> GetChildAsync(Actor actor, int childId, CancellationToken cancellationToken = default);

    /// <summary>The family and teachers of a child; null when not found or refused.</summary>
    Task<ChildFamily?> GetFamilyAsync(Actor actor, int childId, CancellationToken cancellationToken = default);

    /// <summary>Classes a teacher heads (admin: all), with their children, for "全到" / "缺：张三 李四".</summary>
    Task<IReadOnlyList<ClassSummary>> GetClassesAsync(Actor actor, CancellationToken cancellationToken = default);
}
