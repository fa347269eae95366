namespace LeftBehind.Dialogs.Understanding;

/// <summary>How an analyzer does on (part of) the urgency set.</summary>
internal sealed record UrgencyEvaluation(
    int Emergencies, int EmergenciesRaised, int EmergenciesAsked,
    int Concerns, int ConcernsNoticed, int ConcernsAsEmergency,
    int Ordinary, int FalseEmergencies, int FalseBroadcasts, int FalseConcerns,
    IReadOnlyList<(UrgencyExample Example, TextAnalysis Analysis)> Errors)
{
    /// <summary>Emergencies raised at once or after one question, of all emergencies.</summary>
    public double EmergencyRecall => Emergencies == 0 ? 1 : (double)EmergenciesRaised / Emergencies;

    /// <summary>Concerns that reach a teacher at once (as a concern or as an emergency), of all concerns.</summary>
    public double ConcernRecall => Concerns == 0 ? 1 : (double)ConcernsNoticed / Concerns;

    /// <summary>Ordinary messages that raise an emergency or ask whether to, per 100 ordinary messages.</summary>
    public double FalseEmergenciesPer100 => Ordinary == 0 ? 0 : 100.0 * FalseEmergencies / Ordinary;

    public static UrgencyEvaluation Run(IEnumerable<UrgencyExample> examples, Func<string, TextAnalysis> analyze)
    {
        int e = 0, eRaised = 0, eAsked = 0, c = 0, cNoticed = 0, cEmergency = 0, o = 0, oFalse = 0, oBroadcast = 0, oConcern = 0;
        var errors = new List<(UrgencyExample, TextAnalysis)>();
        foreach (var example in examples)
        {
            var analysis = analyze(example.Text);
            var wrong = false;
            switch (example.Level)
            {
                case UrgencyLevel.Emergency:
                    e++;
                    if (analysis.Level == UrgencyLevel.Emergency) { eRaised++; if (analysis.ConfirmFirst) eAsked++; }
                    else wrong = true;
                    break;
                case UrgencyLevel.Concern:
                    c++;
                    if (analysis.Level != UrgencyLevel.None) cNoticed++;
                    else wrong = true;
                    if (analysis.Level == UrgencyLevel.Emergency) { cEmergency++; wrong = true; }
                    break;
                default:
                    o++;
                    if (analysis.Level == UrgencyLevel.Emergency) { oFalse++; wrong = true; if (!analysis.ConfirmFirst) oBroadcast++; }
                    else if (analysis.Level == UrgencyLevel.Concern) { oConcern++; wrong = true; }
                    break;
            }
            if (wrong) errors.Add((example, analysis));
        }
        return new UrgencyEvaluation(e, eRaised, eAsked, c, cNoticed, cEmergency, o, oFalse, oBroadcast, oConcern, errors);
    }
}
