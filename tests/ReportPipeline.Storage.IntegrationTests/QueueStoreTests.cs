using ReportPipeline.Storage.Queues;

namespace ReportPipeline.Storage.IntegrationTests;

[Collection(AzuriteCollection.Name)]
public sealed class QueueStoreTests(AzuriteFixture fixture)
{
    private readonly QueueStore _queues = fixture.Clients.Queues;

    [Fact]
    public async Task SendAsync_ThenReceive_ReturnsDecodedUnicodeText()
    {
        var queue = await NewQueue();
        const string text = "{\"portalId\":\"bj\",\"agency\":\"北京市人民政府\"}";

        await _queues.SendAsync(queue, text);
        var messages = await _queues.ReceiveAsync(queue, 32, TimeSpan.FromSeconds(30));

        var message = Assert.Single(messages);
        Assert.Equal(text, message.Text);
        Assert.Equal(1, message.DequeueCount);
        Assert.NotEmpty(message.MessageId);
        Assert.NotEmpty(message.PopReceipt);
    }

    [Fact]
    public async Task ReceiveAsync_WithinVisibilityTimeout_HidesMessageThenRedeliversWithHigherDequeueCount()
    {
        var queue = await NewQueue();
        await _queues.SendAsync(queue, "once");

        var first = Assert.Single(await _queues.ReceiveAsync(queue, 1, TimeSpan.FromSeconds(1)));
        var hidden = await _queues.ReceiveAsync(queue, 1, TimeSpan.FromSeconds(1));
        var again = await ReceiveWithin(queue, TimeSpan.FromSeconds(5));

        Assert.Empty(hidden);
        Assert.Equal(first.MessageId, again.MessageId);
        Assert.Equal(1, first.DequeueCount);
        Assert.Equal(2, again.DequeueCount);
    }

    [Fact]
    public async Task UpdateVisibilityAsync_ToZero_MakesMessageVisibleAndReturnsNewPopReceipt()
    {
        var queue = await NewQueue();
        await _queues.SendAsync(queue, "retry me");
        var received = Assert.Single(await _queues.ReceiveAsync(queue, 1, TimeSpan.FromMinutes(5)));

        var newReceipt = await _queues.UpdateVisibilityAsync(queue, received.MessageId, received.PopReceipt, TimeSpan.Zero);
        var again = Assert.Single(await _queues.ReceiveAsync(queue, 1, TimeSpan.FromMinutes(5)));

        Assert.NotEqual(received.PopReceipt, newReceipt);
        Assert.Equal(received.MessageId, again.MessageId);
    }

    [Fact]
    public async Task DeleteAsync_ReceivedMessage_RemovesItFromTheQueue()
    {
        var queue = await NewQueue();
        await _queues.SendAsync(queue, "done");
        var received = Assert.Single(await _queues.ReceiveAsync(queue, 1, TimeSpan.FromSeconds(1)));

        await _queues.DeleteAsync(queue, received.MessageId, received.PopReceipt);
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.Empty(await _queues.ReceiveAsync(queue, 32, TimeSpan.FromSeconds(30)));
        Assert.Equal(0, await _queues.GetApproximateCountAsync(queue));
    }

    [Fact]
    public async Task GetApproximateCountAsync_AfterThreeSends_ReturnsThree()
    {
        var queue = await NewQueue();
        for (var i = 0; i < 3; i++)
            await _queues.SendAsync(queue, $"m{i}");

        Assert.Equal(3, await _queues.GetApproximateCountAsync(queue));
    }

    [Fact]
    public async Task SendAsync_WithInitialDelay_KeepsMessageHiddenUntilThen()
    {
        var queue = await NewQueue();

        await _queues.SendAsync(queue, "later", TimeSpan.FromSeconds(1));
        var immediately = await _queues.ReceiveAsync(queue, 1, TimeSpan.FromSeconds(30));
        var later = await ReceiveWithin(queue, TimeSpan.FromSeconds(5));

        Assert.Empty(immediately);
        Assert.Equal("later", later.Text);
    }

    [Fact]
    public void DecodeText_NonBase64Text_ReturnsItUnchanged()
    {
        Assert.Equal("not base64!", QueueMessageReader.DecodeText("not base64!"));
        Assert.Equal("héllo", QueueMessageReader.DecodeText(Convert.ToBase64String("héllo"u8.ToArray())));
        Assert.Equal("/w==", QueueMessageReader.DecodeText("/w==")); // valid base64 of 0xFF, not UTF-8
    }

    [Fact]
    public async Task ReceiveAsync_MoreThan32_ThrowsBeforeSending()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => _queues.ReceiveAsync("never-created", 33, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task SendAsync_OverServiceLimit_ThrowsArgumentException()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => _queues.SendAsync("never-created", new string('x', 50_000)));

        Assert.Contains("blob", error.Message, StringComparison.Ordinal);
    }

    private async Task<Core.Storage.QueueMessage> ReceiveWithin(string queue, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            var messages = await _queues.ReceiveAsync(queue, 1, TimeSpan.FromSeconds(30));
            if (messages.Count > 0)
                return messages[0];
            await Task.Delay(200);
        }
        throw new TimeoutException($"No message became visible on '{queue}' within {limit}.");
    }

    private async Task<string> NewQueue()
    {
        var queue = TestNames.Queue("q");
        await _queues.CreateIfNotExistsAsync(queue);
        return queue;
    }
}
