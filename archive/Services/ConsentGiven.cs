namespace LeftBehind.Archive.Services;

/// <summary>The consent a person accepted when binding: what is stored and why (purpose) and the text's version.</summary>
public sealed record ConsentGiven(string Purpose, string TextVersion)
{
    /// <summary>
    /// Passed when binding in the chat: consent is not implied by the code; the person is asked separately afterwards
    /// and nothing is recorded until they answer (issue #14, item 5).
    /// </summary>
    public static ConsentGiven AskedSeparately { get; } = new(string.Empty, string.Empty);
}
