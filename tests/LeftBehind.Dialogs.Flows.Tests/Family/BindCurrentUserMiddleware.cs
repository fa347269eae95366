using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Kernel;

namespace LeftBehind.Tests.Emergency;

/// <summary>What the router does before any role dialog runs: find the bound person for the channel user and attach them.</summary>
internal sealed class BindCurrentUserMiddleware(IBindingService bindings, IPreferenceService preferences) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var a = turnContext.Activity;
        if (await bindings.FindAsync(a.ChannelId!, a.From!.Id!, cancellationToken) is { } person)
            new CurrentUser(person, await preferences.GetAsync(person.PersonId, cancellationToken)).AttachTo(turnContext);
        await next(cancellationToken);
    }
}
