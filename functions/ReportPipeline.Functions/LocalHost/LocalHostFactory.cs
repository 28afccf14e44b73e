using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Functions.LocalHost;

/// <summary>Assembles a <see cref="LocalFunctionsHost"/> around a running handler and the app's storage clients.</summary>
public static class LocalHostFactory
{
    public static LocalFunctionsHost Create(FunctionCatalog catalog, IServiceProvider services, HttpClient handler,
        RunStats stats, IProgressSink progress, LocalHostOptions options, Func<string, string, Uri> blobUri)
    {
        var time = services.GetRequiredService<TimeProvider>();
        var configuration = services.GetRequiredService<IConfiguration>();
        var blobs = services.GetRequiredService<IBlobStore>();
        var queues = services.GetRequiredService<IQueueStore>();
        var client = new InvocationClient(handler);
        var receipts = new BlobReceipts(blobs, options.HostId);
        var dispatcher = new QueueDispatcher(queues, client, catalog.Host, time, stats, progress);
        var blobEvents = new BlobEventSource(blobs, queues, receipts, client, catalog.Host, blobUri, time, stats, progress);
        var timers = catalog.OfKind(TriggerKind.Timer)
            .Select(f => new TimerSchedule(f, name => configuration[name]))
            .ToList();
        return new LocalFunctionsHost(catalog, queues, dispatcher, blobEvents, client, timers, time, stats, progress,
            options);
    }
}
