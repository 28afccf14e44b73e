using System.Globalization;
using System.Text;
using System.Xml.Linq;
using ReportPipeline.Core.Storage;

namespace ReportPipeline.Storage.Queues;

/// <summary>Reads Get Messages XML; message text is base64-decoded, and text that is not base64 UTF-8 is kept as-is.</summary>
internal static class QueueMessageReader
{
    private static readonly UTF8Encoding _strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IReadOnlyList<QueueMessage> Read(string xml)
    {
        var root = XDocument.Parse(xml).Root;
        if (root is null)
            return [];
        return root.Elements("QueueMessage").Select(m => new QueueMessage(
            m.Element("MessageId")?.Value ?? string.Empty,
            m.Element("PopReceipt")?.Value ?? string.Empty,
            DecodeText(m.Element("MessageText")?.Value ?? string.Empty),
            long.TryParse(m.Element("DequeueCount")?.Value, CultureInfo.InvariantCulture, out var count) ? count : 0,
            ParseDate(m.Element("InsertionTime")?.Value) ?? DateTimeOffset.MinValue,
            ParseDate(m.Element("TimeNextVisible")?.Value))).ToList();
    }

    public static string DecodeText(string wire)
    {
        var buffer = new byte[wire.Length];
        if (!Convert.TryFromBase64String(wire, buffer, out var length))
            return wire;
        try
        {
            return _strictUtf8.GetString(buffer, 0, length);
        }
        catch (DecoderFallbackException)
        {
            return wire;
        }
    }

    private static DateTimeOffset? ParseDate(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;
}
