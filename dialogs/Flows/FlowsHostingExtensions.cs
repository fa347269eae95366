using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Understanding;
using Microsoft.Extensions.Hosting;

namespace LeftBehind.Dialogs;

public static class DialogsHostingExtensions
{
    /// <summary>The conversation kernel, message understanding and the role flows.</summary>
    public static IHostApplicationBuilder AddDialogs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddConversationKernel(builder.Configuration);
        builder.Services.AddTextAnalysis(builder.Configuration);
        builder.Services.AddConversations(builder.Configuration);
        return builder;
    }
}
