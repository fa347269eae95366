using System.Net;
using System.Net.Sockets;

namespace LeftBehind.Bench.Infra;

internal static class Ports
{
    /// <summary>A free loopback port (the OS picks it).</summary>
    public static int Free()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
