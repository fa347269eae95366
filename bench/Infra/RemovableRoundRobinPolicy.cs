using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Yarp.ReverseProxy.LoadBalancing;
using Yarp.ReverseProxy.Model;

namespace LeftBehind.Bench.Infra;

/// <summary>
/// Round-robin over the destinations the balancer has not been told are gone. Health checks still steer traffic among
/// the rest, but a destination taken out with <see cref="Remove"/> is never picked again from the moment the call
/// returns, even in the health policy's panic mode: a test that kills an instance takes it out first, so nothing it
/// sends afterwards depends on when a timed probe notices the death.
/// </summary>
internal sealed class RemovableRoundRobinPolicy : ILoadBalancingPolicy
{
    public const string PolicyName = "RemovableRoundRobin";

    private readonly ConcurrentDictionary<string, byte> _removed = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _epoch;
    private uint _next;

    public string Name => PolicyName;

    /// <summary>How many removals there have been; a client notes it before a request.</summary>
    public long Epoch
    {
        get
        {
            lock (_gate) return _epoch;
        }
    }

    /// <summary>Takes a destination out of the rotation; requests picked after this returns go elsewhere.</summary>
    public void Remove(string destinationId)
    {
        _removed[destinationId] = 0;
        TaskCompletionSource old;
        lock (_gate)
        {
            _epoch++;
            old = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        old.TrySetResult();
    }

    /// <summary>Completes once a destination has been removed after <paramref name="epoch"/> (at once if one was).</summary>
    public Task RemovedSinceAsync(long epoch)
    {
        lock (_gate) return _epoch > epoch ? Task.CompletedTask : _changed.Task;
    }

    public DestinationState? PickDestination(HttpContext context, ClusterState cluster, IReadOnlyList<DestinationState> availableDestinations)
    {
        var candidates = availableDestinations.Where(d => !_removed.ContainsKey(d.DestinationId)).ToList();
        // Every live instance failed a probe on a busy machine: use them all rather than none (the removed stay out).
        if (candidates.Count == 0) candidates = cluster.Destinations.Values.Where(d => !_removed.ContainsKey(d.DestinationId)).OrderBy(d => d.DestinationId, StringComparer.Ordinal).ToList();
        if (candidates.Count == 0) return null;
        var turn = Interlocked.Increment(ref _next);
        return candidates[(int)(turn % (uint)candidates.Count)];
    }
}
