using System.Text;
using System.Text.Json;
using Azure.Core;
using ReportPipeline.Core.Storage;
using ReportPipeline.Storage.Pipeline;

namespace ReportPipeline.Storage.Tables;

/// <summary>Table Storage over the Table REST API (JSON, OData minimal metadata).</summary>
public sealed partial class TableStore : ITableStore
{
    internal const string MinimalMetadata = "application/json;odata=minimalmetadata";
    internal const string NoMetadata = "application/json;odata=nometadata";
    private static readonly RequestMethod _merge = new("MERGE");

    private readonly StorageService _service;

    internal TableStore(StorageService service) => _service = service;

    public Uri Endpoint => _service.Endpoint;

    public async Task CreateIfNotExistsAsync(string table, CancellationToken cancellationToken = default)
    {
        TableEntityLimits.ValidateTableName(table);
        using var message = CreateWrite(RequestMethod.Post, "Tables",
            Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Dictionary<string, string> { ["TableName"] = table })));
        var response = await _service.SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (response.Status is 201 or 204 || (response.Status == 409 && StorageErrors.Code(response) == "TableAlreadyExists"))
            return;
        throw StorageErrors.From(response, $"Create table '{table}'");
    }

    public async Task<bool> InsertAsync(string table, TableEntity entity, CancellationToken cancellationToken = default)
    {
        Validate(table, entity);
        using var message = CreateWrite(RequestMethod.Post, table, TableEntityWriter.ToJson(entity));
        var response = await _service.SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (response.Status is 201 or 204)
            return true;
        if (response.Status == 409 && StorageErrors.Code(response) == "EntityAlreadyExists")
            return false;
        throw StorageErrors.From(response, $"Insert {Describe(table, entity)}");
    }

    public async Task UpsertAsync(string table, TableEntity entity, bool replace = false,
        CancellationToken cancellationToken = default)
    {
        Validate(table, entity);
        using var message = CreateWrite(replace ? RequestMethod.Put : _merge, EntityPath(table, entity),
            TableEntityWriter.ToJson(entity));
        await _service.SendSuccessAsync(message, $"Upsert {Describe(table, entity)}", cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> UpdateIfUnchangedAsync(string table, TableEntity entity, CancellationToken cancellationToken = default)
    {
        Validate(table, entity);
        if (string.IsNullOrEmpty(entity.ETag))
            throw new ArgumentException($"UpdateIfUnchanged needs the ETag read with {Describe(table, entity)}.", nameof(entity));
        using var message = CreateWrite(RequestMethod.Put, EntityPath(table, entity), TableEntityWriter.ToJson(entity));
        message.Request.Headers.SetValue("If-Match", entity.ETag);
        var response = await _service.SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (response.Status == 204)
            return true;
        // 412: someone else wrote it; 404: someone deleted it. Either way it is no longer what the caller read.
        if (response.Status == 412 || (response.Status == 404 && StorageErrors.Code(response) == "ResourceNotFound"))
            return false;
        throw StorageErrors.From(response, $"Update {Describe(table, entity)}");
    }

    public async Task<TableEntity?> GetAsync(string table, string partitionKey, string rowKey,
        CancellationToken cancellationToken = default)
    {
        TableEntityLimits.ValidateTableName(table);
        TableEntityLimits.ValidateKey(partitionKey, nameof(partitionKey));
        TableEntityLimits.ValidateKey(rowKey, nameof(rowKey));
        using var message = _service.Create(RequestMethod.Get, EntityPath(table, partitionKey, rowKey));
        message.Request.Headers.SetValue("Accept", MinimalMetadata);
        var response = await _service.SendAsync(message, cancellationToken).ConfigureAwait(false);
        // A missing entity is an answer; a missing table (TableNotFound) is a deployment error and throws.
        if (response.Status == 404 && StorageErrors.Code(response) == "ResourceNotFound")
            return null;
        if (response.Status != 200)
            throw StorageErrors.From(response, $"Get {table}({partitionKey}/{rowKey})");
        response.Headers.TryGetValue("ETag", out var etag);
        using var json = JsonDocument.Parse(response.Content.ToMemory());
        return TableEntityReader.Read(json.RootElement, etag);
    }

    public async Task DeleteAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        TableEntityLimits.ValidateTableName(table);
        TableEntityLimits.ValidateKey(partitionKey, nameof(partitionKey));
        TableEntityLimits.ValidateKey(rowKey, nameof(rowKey));
        using var message = _service.Create(RequestMethod.Delete, EntityPath(table, partitionKey, rowKey));
        message.Request.Headers.SetValue("If-Match", "*");
        message.Request.Headers.SetValue("Accept", NoMetadata);
        var response = await _service.SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (response.Status == 204 || (response.Status == 404 && StorageErrors.Code(response) == "ResourceNotFound"))
            return;
        throw StorageErrors.From(response, $"Delete {table}({partitionKey}/{rowKey})");
    }

    private HttpMessage CreateWrite(RequestMethod method, string path, byte[] json)
    {
        var message = _service.Create(method, path);
        var headers = message.Request.Headers;
        headers.SetValue("Accept", NoMetadata);
        headers.SetValue("Content-Type", "application/json");
        headers.SetValue("Prefer", "return-no-content");
        headers.SetValue("DataServiceVersion", "3.0");
        message.Request.Content = RequestContent.Create(json);
        return message;
    }

    private static void Validate(string table, TableEntity entity)
    {
        TableEntityLimits.ValidateTableName(table);
        TableEntityLimits.Validate(entity);
    }

    internal static string EntityPath(string table, TableEntity entity) => EntityPath(table, entity.PartitionKey, entity.RowKey);

    internal static string EntityPath(string table, string partitionKey, string rowKey) =>
        $"{table}(PartitionKey='{EscapeKey(partitionKey)}',RowKey='{EscapeKey(rowKey)}')";

    private static string EscapeKey(string key) => Uri.EscapeDataString(key.Replace("'", "''", StringComparison.Ordinal));

    private static string Describe(string table, TableEntity entity) => $"{table}({entity.PartitionKey}/{entity.RowKey})";
}
