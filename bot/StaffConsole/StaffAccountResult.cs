namespace LeftBehind.Bot.StaffConsole;

/// <summary>The account made, or the errors (in the staff member's language) that stopped it.</summary>
internal sealed record StaffAccountResult(int? Id, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Id is not null;
}
