using Microsoft.Extensions.Options;
using ReportPipeline.Core.Portals;

namespace ReportPipeline.Crawling.Registry;

/// <summary>
/// The portals we watch, from the JSON file at CrawlerOptions.RegistryPath (relative to the app's base directory).
/// Loaded once; a wrong file fails with a <see cref="PortalRegistryException"/> naming the problem.
/// </summary>
public sealed class PortalRegistry : IPortalRegistry
{
    private readonly Lazy<IReadOnlyList<PortalDefinition>> _portals;

    public PortalRegistry(IOptions<CrawlerOptions> options)
    {
        var o = options.Value;
        _portals = new Lazy<IReadOnlyList<PortalDefinition>>(() => Rebase(Load(o.RegistryPath), o.DemoPortalBaseUrl));
    }

    public PortalRegistry(IEnumerable<PortalDefinition> portals)
    {
        var list = portals.ToList();
        PortalValidator.ValidateAll(list, "in-memory registry");
        _portals = new Lazy<IReadOnlyList<PortalDefinition>>(list);
    }

    public Task<IReadOnlyList<PortalDefinition>> GetAllAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(_portals.Value);

    public Task<PortalDefinition?> FindAsync(string portalId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_portals.Value.FirstOrDefault(p => p.Id == portalId));

    public static IReadOnlyList<PortalDefinition> Load(string path)
    {
        var full = Path.IsPathRooted(path) ? path : Path.Combine(AppContext.BaseDirectory, path);
        if (!File.Exists(full)) throw new PortalRegistryException($"portal registry not found at {full} (Crawler:RegistryPath)");
        return PortalRegistryFile.Parse(File.ReadAllText(full), full).Portals;
    }

    /// <summary>Moves demo portals' list URLs onto <paramref name="demoBaseUrl"/> (the demo server's actual address).</summary>
    public static IReadOnlyList<PortalDefinition> Rebase(IReadOnlyList<PortalDefinition> portals, string? demoBaseUrl)
    {
        if (string.IsNullOrEmpty(demoBaseUrl)) return portals;
        var target = new Uri(demoBaseUrl);
        return portals.Select(p => p.Demo
            ? p with { ListPages = p.ListPages.Select(u => new UriBuilder(u) { Scheme = target.Scheme, Host = target.Host, Port = target.Port }.Uri.ToString()).ToList() }
            : p).ToList();
    }
}
