using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace LeftBehind.Dialogs.Understanding;

/// <summary>
/// The ML.NET multiclass intent model: TF-IDF weighted character n-grams (1–3, no word segmenter) of the folded
/// text, plus whitespace word unigrams that help English, fed to an L-BFGS maximum-entropy trainer (a small sweep
/// over SDCA/L-BFGS, n-gram lengths and weighting favoured this; see docs/benchmarks/understanding.md). Prediction engines are not
/// thread-safe, so each call borrows one from a pool.
/// </summary>
internal sealed class IntentClassifier
{
    /// <summary>Bump when the pipeline changes so cached models from an older pipeline are not reused.</summary>
    public const string PipelineVersion = "char1-3+word1.tfidf.lbfgs.v1";

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly string[] _labels;
    private readonly int _emergencySlot;
    private readonly ConcurrentBag<PredictionEngine<IntentExample, IntentPrediction>> _engines = [];

    private IntentClassifier(MLContext ml, ITransformer model)
    {
        _ml = ml;
        _model = model;
        var engine = ml.Model.CreatePredictionEngine<IntentExample, IntentPrediction>(model);
        VBuffer<ReadOnlyMemory<char>> names = default;
        engine.OutputSchema["Score"].GetSlotNames(ref names);
        _labels = names.DenseValues().Select(n => n.ToString()).ToArray();
        _emergencySlot = Array.IndexOf(_labels, Intents.Emergency);
        _engines.Add(engine);
    }

    public IReadOnlyList<string> Labels => _labels;

    public static IntentClassifier Train(IEnumerable<IntentExample> training)
    {
        var ml = new MLContext(seed: 7);
        var data = ml.Data.LoadFromEnumerable(training.Select(e => new IntentExample { Label = e.Label, Text = ChineseScript.Fold(e.Text) }));
        var pipeline = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(IntentExample.Label))
            .Append(ml.Transforms.Text.FeaturizeText("Features", FeaturizerOptions(), nameof(IntentExample.Text)))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy("LabelKey", "Features", l2Regularization: 1e-3f, l1Regularization: 0))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
        return new IntentClassifier(ml, pipeline.Fit(data));
    }

    public static IntentClassifier Load(Stream stream)
    {
        var ml = new MLContext(seed: 7);
        return new IntentClassifier(ml, ml.Model.Load(stream, out _));
    }

    public void Save(Stream stream) => _ml.Model.Save(_model, null, stream);

    /// <summary>The most probable intent, its probability, and the probability of <c>emergency</c>.</summary>
    /// <param name="folded">Text after <see cref="ChineseScript.Fold"/>.</param>
    public IntentScore Predict(string folded)
    {
        if (!_engines.TryTake(out var engine)) engine = _ml.Model.CreatePredictionEngine<IntentExample, IntentPrediction>(_model);
        try
        {
            var prediction = engine.Predict(new IntentExample { Text = folded });
            var scores = prediction.Score;
            var best = 0;
            for (var i = 1; i < scores.Length; i++)
                if (scores[i] > scores[best]) best = i;
            var emergency = _emergencySlot >= 0 ? scores[_emergencySlot] : 0f;
            return new IntentScore(_labels[best], scores[best], emergency);
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    private static TextFeaturizingEstimator.Options FeaturizerOptions() => new()
    {
        CaseMode = TextNormalizingEstimator.CaseMode.Lower,
        KeepDiacritics = false,
        KeepPunctuations = false,
        KeepNumbers = true,
        CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = true, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf },
        WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 1, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf },
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };
}
