namespace LeftBehind.Archive.Model;

/// <summary>Why a child needs the school's attention now.</summary>
public enum CareConcernKind
{
    /// <summary>The guardian cannot care (in hospital, ill, away): the parents must name a temporary guardian (Art. 21–23).</summary>
    GuardianGap,

    /// <summary>The weekly 谈心 found the child unhappy or lonely twice running, or the teacher's note was worrying.</summary>
    Wellbeing,
}
