using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using ReportPipeline.Parsing.Input;

namespace ReportPipeline.Parsing.Pdf;

/// <summary>Runs a converter with a cap on its output; killed on cancellation (the parser's timeout) or overflow.</summary>
internal static class ProcessRunner
{
    public static async Task<string> RunAsync(string executable, IReadOnlyList<string> arguments, long maxOutputBytes,
        CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        using var process = new Process { StartInfo = info };
        try
        {
            process.Start();
        }
        catch (Win32Exception)
        {
            throw new DocumentRejectedException($"PDF support unavailable: {Path.GetFileName(executable)} (poppler-utils) not found on PATH");
        }
        using var kill = cancellationToken.Register(() => Kill(process));
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        var output = await ReadCappedAsync(process.StandardOutput.BaseStream, maxOutputBytes, process, cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            var reason = (await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? "no message";
            throw new DocumentRejectedException($"PDF could not be read (pdftotext exit {process.ExitCode}): {reason}");
        }
        return output;
    }

    private static async Task<string> ReadCappedAsync(Stream stream, long cap, Process process, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > cap)
            {
                Kill(process);
                throw new DocumentRejectedException($"PDF text output exceeds the limit of {cap} bytes");
            }
            buffer.Write(chunk, 0, read);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
    }
}
