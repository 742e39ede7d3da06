using System.Net;
using System.Net.Sockets;

namespace Restake.Server.Tests.Support;

/// <summary>A free TCP port on the loopback interface.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
