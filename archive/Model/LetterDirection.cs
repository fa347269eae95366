namespace LeftBehind.Archive.Model;

/// <summary>两地书: from a parent to the child, or the child's reply (entered by the teacher or guardian).</summary>
public enum LetterDirection
{
    ToChild,
    FromChild,
}
