namespace LeftBehind.Scheduler.Calendar;

public sealed record FestivalDate(Festival Festival, DateOnly Date);
