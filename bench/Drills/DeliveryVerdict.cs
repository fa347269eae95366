namespace LeftBehind.Bench.Drills;

/// <summary>
/// What a kill drill checks, from the turn log and the sink's log:
/// <list type="bullet">
/// <item><see cref="Acknowledged"/>: message turns whose POST got 2xx. The service sends a turn's replies before it
/// answers the POST, so each must have a reply with its replyToId in the sink's log; those without are <see cref="Lost"/>.</item>
/// <item><see cref="DuplicateReplies"/>: the same reply text sent twice to one activity id.</item>
/// <item><see cref="StepMismatches"/>: acknowledged turns whose reply is not the scenario's step for that turn — a step
/// run twice (the dialog advanced twice) or state lost (the dialog restarted) shows here.</item>
/// <item><see cref="RedeliveriesAnsweredDifferently"/>: an activity redelivered after the kill whose answers differ: either the
/// first (unacknowledged) run had saved its step and the redelivery ran the next one (a step run twice for one message), or
/// the state was lost and the dialog started over. Either is a failure. A run killed between two of its replies answered
/// the beginning of the full answer: that counts as the same answer.</item>
/// <item><see cref="SpanningConversations"/>: conversations with acknowledged turns both before the kill and after the
/// restart (their replies after the restart prove the dialog state survived).</item>
/// </list>
/// </summary>
internal sealed record DeliveryVerdict(
    int Acknowledged,
    int Lost,
    int DuplicateReplies,
    int StepMismatches,
    int Unacknowledged,
    int UnacknowledgedButAnswered,
    int Redelivered,
    int RedeliveriesAnsweredDifferently,
    int SpanningConversations,
    int SpanningConversationsCorrect,
    long ProactiveReplies,
    IReadOnlyList<string> Samples)
{
    public bool Passed => Acknowledged > 0 && Lost == 0 && DuplicateReplies == 0 && StepMismatches == 0 && RedeliveriesAnsweredDifferently == 0;
}
