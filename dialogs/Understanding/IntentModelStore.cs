using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace LeftBehind.Dialogs.Understanding;

/// <summary>
/// Trains the intent model once per corpus and caches it: in memory for the process (tests and several hosts share
/// it) and as <c>intent-{corpus hash}.zip</c> in the model directory so restarts load instead of training.
/// </summary>
internal static partial class IntentModelStore
{
    private static readonly ConcurrentDictionary<string, Lazy<IntentClassifier>> Loaded = new(StringComparer.Ordinal);

    public static IntentClassifier Get(IntentCorpus corpus, string directory, ILogger logger)
    {
        var key = corpus.Hash + "/" + IntentClassifier.PipelineVersion;
        return Loaded.GetOrAdd(key, _ => new Lazy<IntentClassifier>(() => LoadOrTrain(corpus, directory, logger))).Value;
    }

    public static string FileName(IntentCorpus corpus) =>
        $"intent-{corpus.Hash}-{IntentClassifier.PipelineVersion.Replace('+', '_')}.zip";

    private static IntentClassifier LoadOrTrain(IntentCorpus corpus, string directory, ILogger logger)
    {
        var path = Path.Combine(directory, FileName(corpus));
        if (File.Exists(path))
        {
            try
            {
                using var stream = File.OpenRead(path);
                var loaded = IntentClassifier.Load(stream);
                LogLoaded(logger, corpus.Hash);
                return loaded;
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException or FormatException or InvalidDataException)
            {
                // A truncated or foreign file is retrained over rather than trusted.
                LogCorruptCache(logger, corpus.Hash, ex.GetType().Name);
            }
        }

        var watch = Stopwatch.StartNew();
        var trained = IntentClassifier.Train(corpus.Train);
        LogTrained(logger, corpus.Hash, corpus.Train.Count, watch.ElapsedMilliseconds);
        try
        {
            Directory.CreateDirectory(directory);
            var temp = path + "." + Environment.ProcessId + ".tmp";
            using (var stream = File.Create(temp)) trained.Save(stream);
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A read-only data directory costs a retrain on the next start, nothing more.
            LogCacheWriteFailed(logger, corpus.Hash, ex.GetType().Name);
        }
        return trained;
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Intent model {CorpusHash} loaded from cache")]
    private static partial void LogLoaded(ILogger logger, string corpusHash);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "Intent model {CorpusHash} trained on {Examples} examples in {ElapsedMs} ms")]
    private static partial void LogTrained(ILogger logger, string corpusHash, int examples, long elapsedMs);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Warning, Message = "Cached intent model {CorpusHash} unreadable ({Error}); retraining")]
    private static partial void LogCorruptCache(ILogger logger, string corpusHash, string error);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Warning, Message = "Could not cache intent model {CorpusHash} ({Error})")]
    private static partial void LogCacheWriteFailed(ILogger logger, string corpusHash, string error);
}
