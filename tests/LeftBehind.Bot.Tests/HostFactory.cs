using LeftBehind.Dialogs.Kernel;
using LeftBehind.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Tests.Bot;

/// <summary>The service with a recording bot in place of the real one, plus any test-specific services.</summary>
public sealed class HostFactory : LeftBehindFactory
{
    public RecordingBot Bot { get; } = new();

    public Action<IServiceCollection>? TestServices { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IBot>(Bot);
            TestServices?.Invoke(services);
        });
    }
}
