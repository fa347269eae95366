using Microsoft.Extensions.Hosting;

namespace LeftBehind.Dialogs;

public static class DialogsHostingExtensions
{
    /// <summary>The conversation kernel, message understanding and the role flows.</summary>
    public static IHostApplicationBuilder AddDialogs(this IHostApplicationBuilder builder)
    {
        return builder;
    }
}
