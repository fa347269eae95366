namespace LeftBehind.Tests.Cluster;

/// <summary>
/// The multi-instance tests run alone: three service processes and a proxy on two shared cores are enough load, and
/// their one-second delivery bounds must not measure the rest of the suite.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterCollection
{
    public const string Name = "cluster";
}
