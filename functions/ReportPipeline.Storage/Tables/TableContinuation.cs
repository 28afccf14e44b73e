using System.Text;

namespace ReportPipeline.Storage.Tables;

/// <summary>Packs x-ms-continuation-NextPartitionKey/NextRowKey into one opaque token and back.</summary>
internal static class TableContinuation
{
    private const char Separator = '\n';

    public static string? From(string? nextPartitionKey, string? nextRowKey) =>
        string.IsNullOrEmpty(nextPartitionKey)
            ? null
            : Convert.ToBase64String(Encoding.UTF8.GetBytes($"{nextPartitionKey}{Separator}{nextRowKey}"));

    public static (string PartitionKey, string? RowKey) Parse(string token)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            var parts = text.Split(Separator, 2);
            return (parts[0], parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null);
        }
        catch (FormatException e)
        {
            throw new ArgumentException("The table continuation token is not one this adapter returned.", nameof(token), e);
        }
    }
}
