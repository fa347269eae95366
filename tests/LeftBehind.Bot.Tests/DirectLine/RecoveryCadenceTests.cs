using LeftBehind.Bot.DirectLine;

namespace LeftBehind.Tests.DirectLine;

public sealed class RecoveryCadenceTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public void One_instance_looks_half_as_often_after_each_look_that_found_nothing_up_to_the_idle_maximum()
    {
        var cadence = new RecoveryCadence(Second, Minute, spansProcesses: false);
        Assert.Equal(Second, cadence.Next);
        var waits = new List<double>();
        for (var i = 0; i < 8; i++)
        {
            cadence.Looked(foundDue: false);
            waits.Add(cadence.Next.TotalSeconds);
        }
        Assert.Equal([2, 4, 8, 16, 32, 60, 60, 60], waits);
    }

    [Fact]
    public void One_instance_looks_again_after_one_interval_once_a_look_finds_a_turn_due()
    {
        var cadence = new RecoveryCadence(Second, Minute, spansProcesses: false);
        for (var i = 0; i < 6; i++) cadence.Looked(foundDue: false);
        cadence.Looked(foundDue: true);
        // A turn found due is run on the second look in a row that finds it: that look must come one interval later.
        Assert.Equal(Second, cadence.Next);
    }

    [Fact]
    public void Several_instances_look_every_interval_even_when_idle_so_a_killed_instances_turn_is_found_within_seconds()
    {
        var cadence = new RecoveryCadence(Second, Minute, spansProcesses: true);
        for (var i = 0; i < 10; i++)
        {
            cadence.Looked(foundDue: false);
            Assert.Equal(Second, cadence.Next);
        }
    }
}
