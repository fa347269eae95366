namespace LeftBehind.Dialogs.Understanding;

/// <summary>Precision and recall of one intent on the held-out set.</summary>
internal sealed record IntentMetrics(string Intent, int TruePositives, int Predicted, int Support)
{
    public double Precision => Predicted == 0 ? 1 : (double)TruePositives / Predicted;

    public double Recall => Support == 0 ? 1 : (double)TruePositives / Support;
}
