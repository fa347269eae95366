using System.Data.Common;

namespace LeftBehind.Archive.Storage;

/// <summary>A command from <see cref="WriterCommands.Get"/>: disposing it disposes only a command that was not kept.</summary>
public readonly record struct WriterCommand(DbCommand Command, bool Kept) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Kept ? ValueTask.CompletedTask : Command.DisposeAsync();
}
