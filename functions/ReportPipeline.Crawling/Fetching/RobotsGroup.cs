namespace ReportPipeline.Crawling.Fetching;

/// <summary>One "User-agent" group of a robots.txt file.</summary>
internal sealed class RobotsGroup
{
    public List<string> Agents { get; } = [];
    public List<(bool Allow, string Pattern)> Rules { get; } = [];
    public double? CrawlDelaySeconds { get; set; }

    public static List<RobotsGroup> ParseAll(string text)
    {
        var groups = new List<RobotsGroup>();
        RobotsGroup? current = null;
        var lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Split('#')[0].Trim();
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key == "user-agent")
            {
                if (current is null || !lastWasAgent) groups.Add(current = new RobotsGroup());
                current.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }
            lastWasAgent = false;
            if (current is null) continue;
            switch (key)
            {
                case "allow": current.Rules.Add((true, value)); break;
                case "disallow": current.Rules.Add((false, value)); break;
                case "crawl-delay": current.CrawlDelaySeconds ??= RobotsRules.ParseSeconds(value); break;
            }
        }
        return groups;
    }
}
