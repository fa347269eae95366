using Microsoft.ML.Data;

namespace LeftBehind.Dialogs.Understanding;

/// <summary>The ML.NET output row.</summary>
internal sealed class IntentPrediction
{
    [ColumnName("PredictedLabel")]
    public string PredictedLabel { get; set; } = "";

    public float[] Score { get; set; } = [];
}
