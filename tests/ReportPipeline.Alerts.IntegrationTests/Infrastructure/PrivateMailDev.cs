using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ReportPipeline.Alerts.IntegrationTests.Infrastructure;

/// <summary>
/// A maildev of the test's own on free ports (node_modules/.bin/maildev), so "SMTP down" can be simulated by
/// stopping it without touching the shared instance. Stopped by the PID this class started.
/// </summary>
internal sealed class PrivateMailDev : IDisposable
{
    private Process? _process;

    public int SmtpPort { get; } = FreePort();
    public int WebPort { get; } = FreePort();
    public string WebUrl => $"http://127.0.0.1:{WebPort}";

    public async Task StartAsync()
    {
        var exe = Path.Combine(RepoRoot.Path, "node_modules", ".bin", "maildev");
        if (!File.Exists(exe))
            throw new InvalidOperationException($"{exe} missing: run `npm ci` (or `bash scripts/dev-services.sh start`).");
        var start = new ProcessStartInfo(exe)
        {
            ArgumentList = { "--smtp", Port(SmtpPort), "--web", Port(WebPort), "--ip", "127.0.0.1", "--silent" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("maildev did not start");
        using var client = new MailDevClient(WebUrl);
        var deadline = Environment.TickCount64 + 20_000;
        while (!await client.AnswersAsync() || !SmtpAnswers())
        {
            if (Environment.TickCount64 > deadline || _process.HasExited)
                throw new InvalidOperationException($"private maildev did not answer on {WebUrl}");
            await Task.Delay(100);
        }
    }

    public void Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        _process?.Dispose();
        _process = null;
    }

    public void Dispose() => Stop();

    private bool SmtpAnswers()
    {
        try
        {
            using var tcp = new TcpClient();
            tcp.Connect(IPAddress.Loopback, SmtpPort);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    internal static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);
}
