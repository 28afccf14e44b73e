using ReportPipeline.Core.Storage;

namespace ReportPipeline.Storage.Tables;

/// <summary>
/// The Table service's limits, checked before sending so a bad entity fails with a specific message rather than
/// a 400 from the service. Sizes follow the service's own entity-size formula.
/// </summary>
public static class TableEntityLimits
{
    public const int MaxKeyChars = 1024;
    public const int MaxStringChars = 32 * 1024;          // 64 KiB of UTF-16
    public const int MaxBinaryBytes = 64 * 1024;
    public const int MaxEntityBytes = 1024 * 1024;
    public const int MaxProperties = 252;
    public const int MaxPropertyNameChars = 255;
    private static readonly string[] _reservedNames = ["PartitionKey", "RowKey", "Timestamp"];

    public static void ValidateTableName(string table)
    {
        if (string.IsNullOrEmpty(table) || table.Length is < 3 or > 63 || !char.IsAsciiLetter(table[0]) ||
            !table.All(char.IsAsciiLetterOrDigit))
            throw new ArgumentException($"Table name '{table}' must be 3-63 letters and digits, starting with a letter.",
                nameof(table));
    }

    public static void ValidateKey(string value, string keyName)
    {
        ArgumentNullException.ThrowIfNull(value, keyName);
        if (value.Length > MaxKeyChars)
            throw new ArgumentException($"{keyName} is {value.Length} characters; the limit is {MaxKeyChars}.", keyName);
        var bad = value.IndexOfAny(['/', '\\', '#', '?']);
        if (bad < 0)
            bad = value.ToList().FindIndex(c => c is <= '\u001F' or >= '\u007F' and <= '\u009F');
        if (bad >= 0)
            throw new ArgumentException(
                $"{keyName} '{value}' contains '{Printable(value[bad])}' at {bad}; keys may not contain / \\ # ? or control characters.",
                keyName);
    }

    public static void Validate(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ValidateKey(entity.PartitionKey, nameof(entity.PartitionKey));
        ValidateKey(entity.RowKey, nameof(entity.RowKey));
        if (entity.Properties.Count > MaxProperties)
            throw new ArgumentException($"Entity has {entity.Properties.Count} properties; the limit is {MaxProperties}.");
        long size = 4 + (entity.PartitionKey.Length + entity.RowKey.Length) * 2;
        foreach (var (name, value) in entity.Properties)
        {
            ValidatePropertyName(name);
            size += 8 + name.Length * 2 + ValueSize(name, value);
        }
        if (size > MaxEntityBytes)
            throw new ArgumentException(
                $"Entity {entity.PartitionKey}/{entity.RowKey} is about {size} bytes; the service allows {MaxEntityBytes}. " +
                "Store large text in a blob and keep its name in the entity.");
    }

    private static void ValidatePropertyName(string name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > MaxPropertyNameChars ||
            !(char.IsAsciiLetter(name[0]) || name[0] == '_') || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            throw new ArgumentException($"Property name '{name}' must be an identifier of at most {MaxPropertyNameChars} characters.");
        if (_reservedNames.Contains(name, StringComparer.OrdinalIgnoreCase))
            throw new ArgumentException($"Property name '{name}' is reserved by the Table service.");
    }

    private static long ValueSize(string name, object? value) => value switch
    {
        null => 0,
        string s when s.Length > MaxStringChars => throw new ArgumentException(
            $"Property '{name}' is {s.Length} characters; the limit is {MaxStringChars} (64 KiB UTF-16)."),
        string s => 4 + s.Length * 2,
        byte[] b when b.Length > MaxBinaryBytes => throw new ArgumentException(
            $"Property '{name}' is {b.Length} bytes; the limit is {MaxBinaryBytes}."),
        byte[] b => 4 + b.Length,
        bool => 1,
        int => 4,
        long or double or DateTimeOffset or DateTime => 8,
        Guid => 16,
        _ => throw new ArgumentException(
            $"Property '{name}' has type {value.GetType().Name}; use string, int, long, double, bool, DateTimeOffset, Guid or byte[]."),
    };

    private static string Printable(char c) => char.IsControl(c) ? $"U+{(int)c:X4}" : c.ToString();
}
