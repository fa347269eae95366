using System.Collections.Concurrent;

namespace LeftBehind.Scheduler.Outbox;

/// <summary>Who was already reported in which period (a day, a week); the first entry of a new period drops the old ones.</summary>
internal sealed class ReportedPeople
{
    private readonly ConcurrentDictionary<string, string> _people = new(StringComparer.Ordinal);
    private string _period = string.Empty;

    public bool Contains(string memo, string period) => _people.TryGetValue(memo, out var at) && at == period;

    public void Add(string memo, string period)
    {
        lock (_people)
        {
            if (_period != period)
            {
                _people.Clear();
                _period = period;
            }
        }
        _people[memo] = period;
    }
}
