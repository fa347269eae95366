using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Scheduler.Recipients;

/// <summary>One channel a person is reachable on, newest activity first when a person has several.</summary>
public sealed record RecipientBinding(int BindingId, int PersonId, string ChannelId, ConversationReference Reference, DateTimeOffset LastSeen);
