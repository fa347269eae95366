namespace LeftBehind.Archive.Model;

/// <summary>A festival a proxy parent spent with the child, or a head teacher's home visit, with what was found.</summary>
internal sealed class CareVisit
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public int TeacherId { get; set; }
    public CareVisitKind Kind { get; set; }
    public DateOnly On { get; set; }
    public string? Note { get; set; }

    /// <summary>家访 only: what the head teacher found of the home's safety (住房安全).</summary>
    public TalkMark? HomeSafety { get; set; }

    /// <summary>家访 only: how the guardian looks after the child (监护照顾).</summary>
    public TalkMark? GuardianCare { get; set; }

    /// <summary>家访 only: a place and time to study (学习条件).</summary>
    public TalkMark? StudyPlace { get; set; }

    /// <summary>家访 only: the child's mood at home (孩子情绪).</summary>
    public TalkMark? Mood { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
