using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.Model;
using Yarp.ReverseProxy.Transforms;

namespace LeftBehind.Bench.Infra;

/// <summary>
/// A local reverse proxy (YARP) in front of several instances of the service: requests and WebSocket upgrades go
/// round-robin (<see cref="RemovableRoundRobinPolicy"/>); the original Host is kept (the Direct Line streamUrl then points back at the proxy); an instance that
/// fails a connection or its /healthz is taken out at once and put back when /healthz answers again. Each response
/// names the instance that served it in <c>x-lb-destination</c> (tests check that traffic really crossed instances).
/// Shared by the benchmarks and the cluster tests (linked into the test project).
/// </summary>
internal sealed class LoadBalancer : IAsyncDisposable
{
    public const string DestinationHeader = "x-lb-destination";

    private readonly WebApplication _app;

    private readonly RemovableRoundRobinPolicy _policy;

    private LoadBalancer(WebApplication app, int port, RemovableRoundRobinPolicy policy)
    {
        _app = app;
        Port = port;
        _policy = policy;
    }

    /// <summary>Removals so far (see <see cref="RemovedSinceAsync"/>).</summary>
    public long Epoch => _policy.Epoch;

    /// <summary>Takes instance <paramref name="index"/> (destination <c>i{index}</c>) out of the rotation at once.</summary>
    public void Remove(int index) => _policy.Remove("i" + index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Completes once an instance has been removed after <paramref name="epoch"/>: when to retry a request that died with its instance.</summary>
    public Task RemovedSinceAsync(long epoch) => _policy.RemovedSinceAsync(epoch);

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    /// <summary>Starts the proxy on <paramref name="port"/>; 0 lets the kernel choose (no window for another process to take it).</summary>
    public static async Task<LoadBalancer> StartAsync(int port, IReadOnlyList<string> destinations)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        var cluster = new ClusterConfig
        {
            ClusterId = "instances",
            LoadBalancingPolicy = RemovableRoundRobinPolicy.PolicyName,
            Destinations = destinations.Select((d, i) => (Key: "i" + i, Value: new DestinationConfig { Address = d }))
                .ToDictionary(x => x.Key, x => x.Value),
            HealthCheck = new HealthCheckConfig
            {
                Active = new ActiveHealthCheckConfig
                {
                    Enabled = true,
                    Interval = TimeSpan.FromMilliseconds(500),
                    Timeout = TimeSpan.FromSeconds(2),
                    Policy = "ConsecutiveFailures",
                    Path = "/healthz",
                },
                Passive = new PassiveHealthCheckConfig
                {
                    Enabled = true,
                    Policy = "TransportFailureRate",
                    ReactivationPeriod = TimeSpan.FromSeconds(2),
                },
                AvailableDestinationsPolicy = "HealthyOrPanic",
            },
            Metadata = new Dictionary<string, string>
            {
                ["ConsecutiveFailuresHealthPolicy.Threshold"] = "1",
                ["TransportFailureRateHealthPolicy.RateLimit"] = "0.01",
            },
        };
        var route = new RouteConfig { RouteId = "all", ClusterId = "instances", Match = new RouteMatch { Path = "{**rest}" } };
        var policy = new RemovableRoundRobinPolicy();
        builder.Services.AddSingleton<Yarp.ReverseProxy.LoadBalancing.ILoadBalancingPolicy>(policy);
        builder.Services.AddReverseProxy()
            .LoadFromMemory([route], [cluster])
            .AddTransforms(t =>
            {
                t.AddOriginalHost(true);
                t.AddResponseTransform(ctx =>
                {
                    if (ctx.HttpContext.Features.Get<IReverseProxyFeature>()?.ProxiedDestination is { } d) ctx.HttpContext.Response.Headers[DestinationHeader] = d.DestinationId;
                    return ValueTask.CompletedTask;
                });
            });
        var app = builder.Build();
        app.MapReverseProxy();
        await app.StartAsync().ConfigureAwait(false);
        var bound = new Uri(app.Urls.First()).Port;
        return new LoadBalancer(app, bound, policy);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
