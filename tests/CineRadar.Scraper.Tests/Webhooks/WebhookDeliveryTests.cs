using CineRadar.Core.Stores;
using CineRadar.Core.Webhooks;
using CineRadar.Data;
using CineRadar.Data.Webhooks;
using CineRadar.Scraper.Webhooks;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CineRadar.Scraper.Tests.Webhooks;

/// <summary>
/// Deliveries from the outbox to a real local receiver, with local targets allowed (the development setting); and the
/// refusals with it off.
/// </summary>
public sealed class WebhookDeliveryTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cineradar-webhooks-").FullName;
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync()
    {
        await _receiver.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task SignedBodyReachesTheReceiverAndVerifies()
    {
        await using var services = Services();
        var (subscription, secret) = await SubscribeAsync(services, "/ok");
        var delivery = await services.GetRequiredService<WebhookOutbox>().PostToAsync(subscription, WebhookMessage.Test(subscription.Id, "dewi", DateTimeOffset.UtcNow));

        Assert.Equal(1, await services.GetRequiredService<WebhookDeliverer>().RoundAsync("worker", CancellationToken.None));

        var (path, body, headers) = Assert.Single(_receiver.Received);
        Assert.Equal("/ok", path);
        Assert.Equal(delivery.Body, body);
        Assert.True(WebhookSignature.Verify(secret, body, headers[WebhookSignature.Header].ToString(), DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify("whsec_wrong", body, headers[WebhookSignature.Header].ToString(), DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)));
        Assert.Equal(WebhookEvents.Test, headers[WebhookSender.EventHeader].ToString());
        Assert.Equal(delivery.Id, headers[WebhookSender.DeliveryHeader].ToString());
        var stored = await Store(services).GetDeliveryAsync(delivery.Id);
        Assert.Equal(WebhookDeliveryStatuses.Delivered, stored!.Status);
        Assert.Equal(200, Assert.Single(stored.Log).StatusCode);
    }

    [Fact]
    public async Task AFailedAttemptIsRetriedAfterItsBackoff()
    {
        await using var services = Services();
        var (subscription, _) = await SubscribeAsync(services, "/flaky");
        var delivery = await services.GetRequiredService<WebhookOutbox>().PostToAsync(subscription, WebhookMessage.Test(subscription.Id, "dewi", DateTimeOffset.UtcNow));
        var deliverer = services.GetRequiredService<WebhookDeliverer>();

        Assert.Equal(1, await deliverer.RoundAsync("worker", CancellationToken.None));
        var failed = (await Store(services).GetDeliveryAsync(delivery.Id))!;
        Assert.Equal(WebhookDeliveryStatuses.Pending, failed.Status);
        Assert.Equal((500, "HTTP 500"), (failed.Log[0].StatusCode, failed.Log[0].Error));
        Assert.InRange(failed.NextAttemptAt - failed.Log[0].At, TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(2));
        Assert.Equal(0, await deliverer.RoundAsync("worker", CancellationToken.None));

        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await deliverer.RoundAsync("worker", CancellationToken.None));
        var delivered = (await Store(services).GetDeliveryAsync(delivery.Id))!;
        Assert.Equal(WebhookDeliveryStatuses.Delivered, delivered.Status);
        Assert.Equal([500, 200], delivered.Log.Select(a => a.StatusCode));
        Assert.Equal(2, _receiver.Received.Count);
    }

    [Fact]
    public async Task DeliveryFailsOnceItsAttemptsAreUsed()
    {
        await using var services = Services(("Webhooks:MaxAttempts", "1"));
        var (subscription, _) = await SubscribeAsync(services, "/flaky");
        var delivery = await services.GetRequiredService<WebhookOutbox>().PostToAsync(subscription, WebhookMessage.Test(subscription.Id, "dewi", DateTimeOffset.UtcNow));

        await services.GetRequiredService<WebhookDeliverer>().RoundAsync("worker", CancellationToken.None);

        var stored = (await Store(services).GetDeliveryAsync(delivery.Id))!;
        Assert.Equal(WebhookDeliveryStatuses.Failed, stored.Status);
        Assert.NotNull(stored.FinishedAt);
    }

    [Fact]
    public async Task RedirectIsNotFollowed()
    {
        await using var services = Services();
        var (subscription, secret) = await SubscribeAsync(services, "/redirect");
        var delivery = await services.GetRequiredService<WebhookOutbox>().PostToAsync(subscription, WebhookMessage.Test(subscription.Id, "dewi", DateTimeOffset.UtcNow));

        var attempt = await Sender(services).SendAsync(delivery, subscription.Url, secret, CancellationToken.None);

        Assert.Equal(302, attempt.StatusCode);
        Assert.False(attempt.Succeeded);
        Assert.Contains("redirects are not followed", attempt.Error, StringComparison.Ordinal);
        Assert.Equal(["/redirect"], _receiver.Received.Select(r => r.Path));
    }

    [Fact]
    public async Task EndlessAnswerIsReadOnlyUpToTheCap()
    {
        await using var services = Services(("Webhooks:Timeout", "00:00:05"));
        var (subscription, secret) = await SubscribeAsync(services, "/endless");
        var delivery = await services.GetRequiredService<WebhookOutbox>().PostToAsync(subscription, WebhookMessage.Test(subscription.Id, "dewi", DateTimeOffset.UtcNow));

        var attempt = await Sender(services).SendAsync(delivery, subscription.Url, secret, CancellationToken.None);

        Assert.True(attempt.Succeeded, attempt.Error);
        Assert.InRange(attempt.DurationMs, 0, 4000);
    }

    [Fact]
    public async Task SlowAnswerIsCutOffAtTheTimeout()
    {
        await using var services = Services(("Webhooks:Timeout", "00:00:01"));
        var (subscription, secret) = await SubscribeAsync(services, "/slow");
        var delivery = await services.GetRequiredService<WebhookOutbox>().PostToAsync(subscription, WebhookMessage.Test(subscription.Id, "dewi", DateTimeOffset.UtcNow));

        var attempt = await Sender(services).SendAsync(delivery, subscription.Url, secret, CancellationToken.None);

        Assert.Null(attempt.StatusCode);
        Assert.Equal("no answer within 1 s", attempt.Error);
        Assert.InRange(attempt.DurationMs, 900, 4000);
    }

    [Fact]
    public async Task LocalTargetsAreRefusedWithoutTheDevelopmentSetting()
    {
        await using var services = Services(("Webhooks:AllowLocalTargets", "false"));
        var sender = Sender(services);
        var delivery = new WebhookDelivery("d-1", "wh-1", null, WebhookEvents.Test, "{}", WebhookDeliveryStatuses.Pending, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, null, []);
        var port = new Uri(_receiver.BaseUrl).Port;

        foreach (var url in new[]
                 {
                     $"{_receiver.BaseUrl}/ok",
                     $"https://127.0.0.1:{port}/ok",
                     $"https://[::1]:{port}/ok",
                     $"https://[::ffff:127.0.0.1]:{port}/ok",
                     $"https://localhost:{port}/ok",
                     "https://169.254.169.254/latest/meta-data",
                 })
        {
            var attempt = await sender.SendAsync(delivery, url, "whsec_x", CancellationToken.None);
            Assert.Null(attempt.StatusCode);
            Assert.NotNull(attempt.Error);
        }

        Assert.Empty(_receiver.Received);
    }

    [Fact]
    public async Task NameResolvingToALocalAddressIsRefusedAtConnection()
    {
        // What a name resolves to is checked when connecting, whatever the name looked like when it was added.
        var refused = await Assert.ThrowsAsync<WebhookTargetRefusedException>(() => CheckedConnection.AddressesOfAsync("localhost", allowLocalTargets: false, CancellationToken.None));
        Assert.Contains("loopback", refused.Message, StringComparison.Ordinal);
        Assert.NotEmpty(await CheckedConnection.AddressesOfAsync("localhost", allowLocalTargets: true, CancellationToken.None));

        await using var services = Services(("Webhooks:AllowLocalTargets", "false"));
        var delivery = new WebhookDelivery("d-1", "wh-1", null, WebhookEvents.Test, "{}", WebhookDeliveryStatuses.Pending, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, null, []);
        // A trailing dot is the same host, and passes the creation check's spelling of "localhost" only at connection.
        var attempt = await Sender(services).SendAsync(delivery, $"https://localhost.localdomain.:{new Uri(_receiver.BaseUrl).Port}/ok", "whsec_x", CancellationToken.None);
        Assert.Null(attempt.StatusCode);
        Assert.NotNull(attempt.Error);
        Assert.Empty(_receiver.Received);
    }

    private ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["Store:Sqlite:Path"] = Path.Combine(_directory, $"{Guid.NewGuid():N}.db"),
            ["Webhooks:AllowLocalTargets"] = "true",
            ["Webhooks:FirstRetryDelay"] = "00:00:00.5",
            ["Webhooks:Timeout"] = "00:00:05",
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(TimeProvider.System)
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddCineRadarStore(configuration)
            .AddWebhookOutbox()
            .AddSingleton<WebhookSender>()
            .AddSingleton<WebhookDeliverer>();
        return services.BuildServiceProvider();
    }

    private async Task<(WebhookSubscription Subscription, string Secret)> SubscribeAsync(IServiceProvider services, string path)
    {
        var secret = WebhookSignature.NewSecret();
        var subscription = new WebhookSubscription(
            $"wh_{Guid.NewGuid():N}", null, _receiver.BaseUrl + path, WebhookFormats.Generic, WebhookEvents.ForOperators,
            services.GetRequiredService<WebhookSecretProtector>().Protect(secret), "dewi", DateTimeOffset.UtcNow);
        await Store(services).AddSubscriptionAsync(subscription);
        return (subscription, secret);
    }

    private static IWebhookStore Store(IServiceProvider services) => services.GetRequiredService<IWebhookStore>();

    private static WebhookSender Sender(IServiceProvider services) => services.GetRequiredService<WebhookSender>();
}
