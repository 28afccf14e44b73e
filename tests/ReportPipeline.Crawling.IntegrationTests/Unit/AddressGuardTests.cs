using System.Net;
using ReportPipeline.Crawling.Fetching;

namespace ReportPipeline.Crawling.IntegrationTests.Unit;

public sealed class AddressGuardTests
{
    [Theory]
    [InlineData("169.254.169.254")]
    [InlineData("169.254.1.1")]
    [InlineData("fe80::1")]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    [InlineData("224.0.0.1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:169.254.169.254")]
    public void RefusalReason_LinkLocalUnspecifiedMulticast_RefusedEvenWhenPrivateAllowed(string ip)
    {
        Assert.NotNull(AddressGuard.RefusalReason(IPAddress.Parse(ip), allowPrivate: true));
        Assert.NotNull(AddressGuard.RefusalReason(IPAddress.Parse(ip), allowPrivate: false));
    }

    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.0.0.2", "loopback")]
    [InlineData("::1", "loopback")]
    [InlineData("10.1.2.3", "private")]
    [InlineData("172.16.0.1", "private")]
    [InlineData("172.31.255.255", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("fc00::1", "unique-local")]
    [InlineData("fd12:3456::1", "unique-local")]
    [InlineData("::ffff:10.0.0.1", "private")]
    public void RefusalReason_PrivateRange_RefusedUnlessAllowed(string ip, string kind)
    {
        var reason = AddressGuard.RefusalReason(IPAddress.Parse(ip), allowPrivate: false);

        Assert.NotNull(reason);
        Assert.Contains(kind, reason, StringComparison.Ordinal);
        Assert.Null(AddressGuard.RefusalReason(IPAddress.Parse(ip), allowPrivate: true));
    }

    [Theory]
    [InlineData("58.216.1.1")]
    [InlineData("172.32.0.1")]
    [InlineData("8.8.8.8")]
    [InlineData("2400:da00::6666")]
    public void RefusalReason_PublicAddress_Allowed(string ip) =>
        Assert.Null(AddressGuard.RefusalReason(IPAddress.Parse(ip), allowPrivate: false));
}
