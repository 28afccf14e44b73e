using System.Diagnostics;
using System.Globalization;
using ReportPipeline.Crawling.Benchmarks;

// Crawl politeness benchmark (issue 5 item 8). Each N runs in its own child process so peak working set is per N.
//   dotnet run -c Release --project tests/ReportPipeline.Crawling.Benchmarks [-- --hosts 1,10,50 --reports 20 --delay-ms 100 --storage memory|azurite]
var hosts = Arg("--hosts", "1,10,50").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
var reports = int.Parse(Arg("--reports", "20"), CultureInfo.InvariantCulture);
var delayMs = double.Parse(Arg("--delay-ms", "100"), CultureInfo.InvariantCulture);
var storage = Arg("--storage", "memory");

if (Arg("--run", "") is { Length: > 0 } single)
{
    // Warm-up (JIT, connection pools' code paths) on other ports, not measured.
    await Scenario.RunAsync(2, 3, TimeSpan.FromMilliseconds(1), storage);
    var result = await Scenario.RunAsync(int.Parse(single, CultureInfo.InvariantCulture), reports, TimeSpan.FromMilliseconds(delayMs), storage);
    Console.WriteLine(result.ToLine());
    return 0;
}

Console.WriteLine($"Crawl politeness benchmark: M = {reports} reports per host, d = {delayMs} ms, storage = {storage}");
Console.WriteLine("Baseline: the politeness bound M·d (hosts in parallel). Distinct hosts = distinct loopback ports (politeness keys on host:port).");
Console.WriteLine();
Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, load average before the run: {LoadAverage()}");
Console.WriteLine();
Console.WriteLine("| N hosts | documents stored | wall (ms) | bound M·d (ms) | wall / bound | CPU (ms) | peak working set (MiB) |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
var worst = 0.0;
foreach (var n in hosts)
{
    var r = RunChild(n);
    worst = Math.Max(worst, r.Ratio);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {r.Hosts} | {r.Stored} | {r.WallMs:0} | {r.BoundMs:0} | {r.Ratio:0.00}× | {r.CpuMs:0} | {r.PeakWorkingSet / 1048576.0:0.0} |"));
}
Console.WriteLine();
Console.WriteLine($"Load average after the run: {LoadAverage()}");
Console.WriteLine(worst <= 1.2 ? $"Target met: worst ratio {worst:0.00}× ≤ 1.2×." : $"Target MISSED: worst ratio {worst:0.00}× > 1.2×.");
return worst <= 1.2 ? 0 : 1;

Scenario.Result RunChild(int n)
{
    var self = Environment.ProcessPath!;
    var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true };
    if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(typeof(Scenario).Assembly.Location);
    foreach (var a in new[] { "--run", n.ToString(CultureInfo.InvariantCulture), "--reports", reports.ToString(CultureInfo.InvariantCulture),
                 "--delay-ms", delayMs.ToString(CultureInfo.InvariantCulture), "--storage", storage })
        start.ArgumentList.Add(a);
    using var child = Process.Start(start)!;
    var output = child.StandardOutput.ReadToEnd();
    var errors = child.StandardError.ReadToEnd();
    child.WaitForExit();
    var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"run with N = {n} failed (exit {child.ExitCode}): {output}{errors}");
    return Scenario.Result.Parse(line.Trim());
}

string Arg(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
