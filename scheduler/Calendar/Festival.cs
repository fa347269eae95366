namespace LeftBehind.Scheduler.Calendar;

/// <summary>The festivals a 两地书 prompt mentions. The value names the resource text.</summary>
public enum Festival
{
    SpringFestival,
    ChildrensDay,
    DragonBoat,
    MidAutumn,
}
