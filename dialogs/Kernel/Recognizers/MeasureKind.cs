namespace LeftBehind.Dialogs.Recognizers;

/// <summary>Numbers with a unit that family messages carry: a child's age, a temperature (发烧38度5), an amount of money.</summary>
public enum MeasureKind
{
    Age,
    Temperature,
    Currency,
}
