namespace LeftBehind.Archive.Tips;

/// <summary>A tip staff wrote was refused; <see cref="Errors"/> says what to fix.</summary>
public sealed class TipInputException(IReadOnlyList<TipInputError> errors) : Exception("the tip is not valid")
{
    public IReadOnlyList<TipInputError> Errors { get; } = errors;
}
