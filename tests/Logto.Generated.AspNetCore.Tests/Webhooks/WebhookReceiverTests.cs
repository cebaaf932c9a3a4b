using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text;
using Logto.Generated.AspNetCore.Tests.TestSupport;
using Logto.Generated.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Logto.Generated.AspNetCore.Tests.Webhooks;

/// <summary>The receiver end to end: verification, limits, answers, handlers, duplicates, telemetry.</summary>
public class WebhookReceiverTests
{
    private static readonly byte[] UserCreated = WebhookReceiverUnderTest.Fixture("01-User.Created");

    [Test]
    public async Task A_signed_delivery_runs_its_handler_once_and_the_same_delivery_again_runs_it_zero_more_times()
    {
        var received = new ConcurrentQueue<UserCreatedEvent>();
        await using var receiver = await WebhookReceiverUnderTest.StartAsync(webhooks => webhooks.On<UserCreatedEvent>((e, _) =>
        {
            received.Enqueue(e);
            return Task.CompletedTask;
        }));

        using var first = await receiver.DeliverAsync(UserCreated);
        using var again = await receiver.DeliverAsync(UserCreated);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(received, Has.Count.EqualTo(1));
        Assert.That(received.Single().Data!.Id, Is.EqualTo("j8o8hammi2un"));
        Assert.That(received.Single().HookId, Is.EqualTo("j61yuzwwn1mpz1wcin5ui"));
    }

    [Test]
    public async Task Another_delivery_of_the_same_event_name_is_not_a_duplicate()
    {
        var count = 0;
        await using var receiver = await WebhookReceiverUnderTest.StartAsync(webhooks => webhooks.On<OrganizationMembershipUpdatedEvent>((_, _) =>
        {
            Interlocked.Increment(ref count);
            return Task.CompletedTask;
        }));

        using var added = await receiver.DeliverAsync(WebhookReceiverUnderTest.Fixture("08-Organization.Membership.Updated"));
        using var removed = await receiver.DeliverAsync(WebhookReceiverUnderTest.Fixture("10-Organization.Membership.Updated"));

        Assert.That((added.StatusCode, removed.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK)));
        Assert.That(count, Is.EqualTo(2));
    }

    [Test]
    public async Task With_the_window_at_zero_every_delivery_runs_the_handlers()
    {
        var count = 0;
        await using var receiver = await WebhookReceiverUnderTest.StartAsync(
            webhooks => webhooks.On<UserCreatedEvent>((_, _) =>
            {
                Interlocked.Increment(ref count);
                return Task.CompletedTask;
            }),
            options => options.DuplicateWindow = TimeSpan.Zero);

        (await receiver.DeliverAsync(UserCreated)).Dispose();
        (await receiver.DeliverAsync(UserCreated)).Dispose();

        Assert.That(count, Is.EqualTo(2));
    }

    [TestCase("wrong-key")]
    [TestCase(null)]
    public async Task A_forged_or_unsigned_delivery_gets_401_runs_nothing_and_logs_neither_key_nor_body(string? signingKey)
    {
        var count = 0;
        await using var receiver = await WebhookReceiverUnderTest.StartAsync(webhooks => webhooks.On<LogtoWebhookEvent>((_, _) =>
        {
            Interlocked.Increment(ref count);
            return Task.CompletedTask;
        }));

        using var response = await receiver.DeliverAsync(UserCreated, signingKey);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(count, Is.Zero);
        var logs = receiver.Logs.AllText();
        Assert.That(logs, Does.Contain("Refused a Logto webhook delivery: its logto-signature-sha-256 header is " + (signingKey is null ? "missing" : "not the signature")));
        Assert.That(logs, Does.Not.Contain(WebhookReceiverUnderTest.SigningKey).And.Not.Contain("hookuser1").And.Not.Contain("wrong-key"));
    }

    [Test]
    public async Task A_changed_byte_after_signing_gets_401()
    {
        var count = 0;
        await using var receiver = await WebhookReceiverUnderTest.StartAsync(webhooks => webhooks.On<LogtoWebhookEvent>((_, _) =>
        {
            Interlocked.Increment(ref count);
            return Task.CompletedTask;
        }));
        var changed = (byte[])UserCreated.Clone();
        changed[^3] ^= 0x01;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/logto") { Content = new ByteArrayContent(changed) };
        request.Headers.TryAddWithoutValidation(LogtoWebhookSignature.HeaderName, LogtoWebhookSignature.Sign(UserCreated, WebhookReceiverUnderTest.SigningKey));

        using var response = await receiver.Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(count, Is.Zero);
    }

    [Test]
    public async Task Any_key_of_a_rotation_is_accepted()
    {
        var count = 0;
        await using var receiver = await WebhookReceiverUnderTest.StartAsync(
            webhooks => webhooks.On<LogtoWebhookEvent>((_, _) =>
            {
                Interlocked.Increment(ref count);
                return Task.CompletedTask;
            }),
            options => options.SigningKeys.Insert(0, "the-new-key-of-the-rotation"));

        using var old = await receiver.DeliverAsync(UserCreated);
        using var renewed = await receiver.DeliverAsync(WebhookReceiverUnderTest.Fixture("02-User.Data.Updated"), "the-new-key-of-the-rotation");

        Assert.That((old.StatusCode, renewed.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK)));
        Assert.That(count, Is.EqualTo(2));
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task An_oversized_body_gets_413_and_runs_nothing(bool withContentLength)
    {
        var count = 0;
        await using var receiver = await WebhookReceiverUnderTest.StartAsync(
            webhooks => webhooks.On<LogtoWebhookEvent>((_, _) =>
            {
                Interlocked.Increment(ref count);
                return Task.CompletedTask;
            }),
            options => options.MaxBodySize = UserCreated.Length - 1);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/logto")
        {
            Content = withContentLength ? new ByteArrayContent(UserCreated) : new StreamContent(new NoLengthStream(UserCreated)),
        };
        request.Headers.TryAddWithoutValidation(LogtoWebhookSignature.HeaderName, LogtoWebhookSignature.Sign(UserCreated, WebhookReceiverUnderTest.SigningKey));

        using var response = await receiver.Client.SendAsync(request);

        Assert.That(request.Content.Headers.ContentLength is not null, Is.EqualTo(withContentLength));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(count, Is.Zero);
    }

    [Test]
    public async Task A_body_exactly_at_the_limit_is_accepted()
    {
        await using var receiver = await WebhookReceiverUnderTest.StartAsync(_ => { }, options => options.MaxBodySize = UserCreated.Length);

        using var response = await receiver.DeliverAsync(UserCreated);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_signed_body_that_is_not_a_Logto_event_gets_400()
    {
        await using var receiver = await WebhookReceiverUnderTest.StartAsync(_ => { });

        using var garbage = await receiver.DeliverAsync(Encoding.UTF8.GetBytes("not json at all"));
        using var noEvent = await receiver.DeliverAsync(Encoding.UTF8.GetBytes("""{"createdAt":"2026-12-05T08:00:00Z"}"""));

        Assert.That((garbage.StatusCode, noEvent.StatusCode), Is.EqualTo((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest)));
    }

    [Test]
    public async Task The_signature_is_checked_before_the_body_is_read_as_an_event()
    {
        await using var receiver = await WebhookReceiverUnderTest.StartAsync(_ => { });

        using var forgedGarbage = await receiver.DeliverAsync(Encoding.UTF8.GetBytes("not json at all"), "wrong-key");

        Assert.That(forgedGarbage.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(receiver.Logs.AllText(), Does.Not.Contain("not a Logto webhook event"));
    }

    [Test]
    public async Task A_handlers_exception_gives_500_and_Logtos_retry_runs_the_handlers_again()
    {
        var attempts = 0;
        await using var receiver = await WebhookReceiverUnderTest.StartAsync(webhooks => webhooks.On<UserCreatedEvent>((_, _) =>
            Interlocked.Increment(ref attempts) == 1 ? throw new InvalidOperationException("the database is down") : Task.CompletedTask));

        using var failed = await receiver.DeliverAsync(UserCreated);
        using var retried = await receiver.DeliverAsync(UserCreated);
        using var duplicate = await receiver.DeliverAsync(UserCreated);

        Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(retried.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(duplicate.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(attempts, Is.EqualTo(2));
        Assert.That(receiver.Logs.AllText(), Does.Contain("A handler of Logto webhook User.Created").And.Contain("the database is down").And.Not.Contain("hookuser1"));
    }

    [Test]
    public async Task Handlers_running_past_the_handler_timeout_are_cancelled_and_the_answer_is_500()
    {
        var attempts = 0;
        await using var receiver = await WebhookReceiverUnderTest.StartAsync(
            webhooks => webhooks.On<UserCreatedEvent>(async (_, cancellationToken) =>
            {
                if (Interlocked.Increment(ref attempts) == 1)
                {
                    await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
                }
            }),
            options => options.HandlerTimeout = TimeSpan.FromMilliseconds(50));

        using var timedOut = await receiver.DeliverAsync(UserCreated);
        using var retried = await receiver.DeliverAsync(UserCreated);

        Assert.That(timedOut.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(retried.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(attempts, Is.EqualTo(2));
        Assert.That(receiver.Logs.AllText(), Does.Contain("took longer than 00:00:00.0500000 and were cancelled"));
    }

    [Test]
    public async Task A_duplicate_that_arrives_while_the_first_still_runs_gets_503_with_Retry_After()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var count = 0;
        await using var receiver = await WebhookReceiverUnderTest.StartAsync(webhooks => webhooks.On<UserCreatedEvent>(async (_, _) =>
        {
            Interlocked.Increment(ref count);
            started.TrySetResult();
            await release.Task;
        }));

        var first = receiver.DeliverAsync(UserCreated);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        using var during = await receiver.DeliverAsync(UserCreated);
        release.SetResult();
        using var firstResponse = await first;
        using var after = await receiver.DeliverAsync(UserCreated);

        Assert.That(during.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(during.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(5)));
        Assert.That(firstResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(count, Is.EqualTo(1));
    }

    [Test]
    public async Task An_unknown_event_gets_200_and_reaches_the_handlers_of_every_event()
    {
        var received = new ConcurrentQueue<LogtoWebhookEvent>();
        await using var receiver = await WebhookReceiverUnderTest.StartAsync(webhooks => webhooks.On<LogtoWebhookEvent>((e, _) =>
        {
            received.Enqueue(e);
            return Task.CompletedTask;
        }));

        using var response = await receiver.DeliverAsync(Encoding.UTF8.GetBytes("""{"event":"Application.Created","createdAt":"2027-01-01T00:00:00Z","hookId":"h1","data":{"id":"a1"}}"""));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(received.Single(), Is.TypeOf<UnknownLogtoWebhookEvent>());
        Assert.That(received.Single().RawJson, Does.Contain("\"id\":\"a1\""));
    }

    [Test]
    public async Task Handlers_of_the_type_and_of_its_base_types_all_run_by_delegate_and_from_DI()
    {
        var heard = new ConcurrentQueue<string>();
        await using var receiver = await WebhookReceiverUnderTest.StartAsync(
            webhooks => webhooks
                .On<UserCreatedEvent>((_, _) => Record(heard, "created"))
                .On<UserCreatedEvent>((_, _) => Record(heard, "created, again"))
                .On<LogtoDataEvent<User>>((e, _) => Record(heard, "user " + e.Data!.Id))
                .On<LogtoWebhookEvent>((e, _) => Record(heard, "any " + e.EventName))
                .On<RoleCreatedEvent>((_, _) => Record(heard, "role"))
                .AddHandler<UserCreatedEvent, RecordingHandler>(),
            services: services => services.AddSingleton(heard));

        using var response = await receiver.DeliverAsync(UserCreated);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(heard, Is.EquivalentTo(new[] { "created", "created, again", "from DI hookuser1", "user j8o8hammi2un", "any User.Created" }));
    }

    [Test]
    public async Task Each_delivery_has_a_span_and_a_count_tagged_with_event_and_outcome()
    {
        var measurements = new ConcurrentQueue<(long Value, Dictionary<string, object?> Tags)>();
        using var meters = new MeterListener();
        meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == LogtoTelemetry.MeterName && instrument.Name == LogtoTelemetry.WebhookDeliveriesMetric)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        meters.SetMeasurementEventCallback<long>((_, value, tags, _) => measurements.Enqueue((value, tags.ToArray().ToDictionary(tag => tag.Key, tag => tag.Value))));
        meters.Start();
        var spans = new ConcurrentQueue<Activity>();
        using var activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == LogtoTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(activities);
        await using var receiver = await WebhookReceiverUnderTest.StartAsync(webhooks => webhooks.On<RoleCreatedEvent>((_, _) => throw new InvalidOperationException("boom")));
        var marker = "telemetry-" + Guid.NewGuid().ToString("N");
        var body = Encoding.UTF8.GetBytes($$"""{"event":"User.Created","createdAt":"2026-12-05T08:00:00Z","hookId":"{{marker}}"}""");

        (await receiver.DeliverAsync(body)).Dispose();
        (await receiver.DeliverAsync(body)).Dispose();
        (await receiver.DeliverAsync(body, "forged")).Dispose();
        (await receiver.DeliverAsync(WebhookReceiverUnderTest.Fixture("04-Role.Created"))).Dispose();

        var ours = spans.Where(span => span.OperationName == "ReceiveLogtoWebhook").Select(span => (span.GetTagItem("logto.webhook.event"), span.GetTagItem("logto.webhook.outcome"))).ToList();
        Assert.That(ours, Is.SupersetOf(new (object?, object?)[] { ("User.Created", "handled"), ("User.Created", "duplicate"), (null, "unauthorized"), ("Role.Created", "failed") }));
        var counted = measurements.Select(m => (m.Value, m.Tags.GetValueOrDefault("logto.webhook.event"), m.Tags["logto.webhook.outcome"])).ToList();
        Assert.That(counted, Is.SupersetOf(new (long, object?, object?)[] { (1, "User.Created", "handled"), (1, "User.Created", "duplicate"), (1, null, "unauthorized"), (1, "Role.Created", "failed") }));
        Assert.That(spans.SelectMany(span => span.TagObjects).Select(tag => tag.Value?.ToString()), Has.None.Contain(WebhookReceiverUnderTest.SigningKey));
    }

    [Test]
    public async Task Instances_sharing_a_HybridCache_through_a_distributed_cache_run_a_delivery_once()
    {
        // HybridCache ignores a MemoryDistributedCache as its second level, so the shared one is wrapped.
        IDistributedCache shared = new SharedDistributedCache(new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions())));
        var count = 0;
        Task Count(UserCreatedEvent e, CancellationToken _)
        {
            Interlocked.Increment(ref count);
            return Task.CompletedTask;
        }

        await using var first = await WebhookReceiverUnderTest.StartAsync(webhooks => webhooks.On<UserCreatedEvent>(Count).UseHybridCacheDeliveryStore(), services: services => services.AddSingleton<IDistributedCache>(shared));
        await using var second = await WebhookReceiverUnderTest.StartAsync(webhooks => webhooks.On<UserCreatedEvent>(Count).UseHybridCacheDeliveryStore(), services: services => services.AddSingleton<IDistributedCache>(shared));

        using var toFirst = await first.DeliverAsync(UserCreated);
        using var toSecond = await second.DeliverAsync(UserCreated);

        Assert.That((toFirst.StatusCode, toSecond.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK)));
        Assert.That(count, Is.EqualTo(1));
        Assert.That(first.Services.GetRequiredService<ILogtoWebhookDeliveryStore>(), Is.TypeOf<HybridCacheLogtoWebhookDeliveryStore>());
    }

    [Test]
    public async Task A_claim_that_reaches_the_shared_cache_late_does_not_hide_that_the_delivery_was_handled()
    {
        IDistributedCache shared = new SharedDistributedCache(new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions())), TimeSpan.FromMilliseconds(300));
        var count = 0;
        Task Count(UserCreatedEvent e, CancellationToken _)
        {
            Interlocked.Increment(ref count);
            return Task.CompletedTask;
        }

        await using var first = await WebhookReceiverUnderTest.StartAsync(webhooks => webhooks.On<UserCreatedEvent>(Count).UseHybridCacheDeliveryStore(), services: services => services.AddSingleton<IDistributedCache>(shared));
        await using var second = await WebhookReceiverUnderTest.StartAsync(webhooks => webhooks.On<UserCreatedEvent>(Count).UseHybridCacheDeliveryStore(), services: services => services.AddSingleton<IDistributedCache>(shared));

        using var toFirst = await first.DeliverAsync(UserCreated);
        await Task.Delay(TimeSpan.FromMilliseconds(900));
        using var toSecond = await second.DeliverAsync(UserCreated);

        Assert.That((toFirst.StatusCode, toSecond.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK)));
        Assert.That(count, Is.EqualTo(1));
    }

    [Test]
    public async Task Without_a_signing_key_the_host_does_not_start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddLogtoWebhooks(_ => { });
        await using var app = builder.Build();
        app.MapLogtoWebhooks();

        var failure = Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.That(failure!.Message, Does.Contain("LogtoWebhookOptions.SigningKeys needs at least one signing key"));
    }

    [Test]
    public async Task Signing_keys_bind_from_configuration()
    {
        var builder = WebApplication.CreateSlimBuilder(["--Logto:Webhooks:SigningKeys:0=key-one", "--Logto:Webhooks:SigningKeys:1=key-two", "--Logto:Webhooks:MaxBodySize=2048", "--Logto:Webhooks:DuplicateWindow=00:10:00"]);
        builder.WebHost.UseTestServer();
        builder.Services.AddLogtoWebhooks(builder.Configuration.GetSection("Logto:Webhooks"));
        await using var app = builder.Build();

        var options = app.Services.GetRequiredService<IOptions<LogtoWebhookOptions>>().Value;

        Assert.That(options.SigningKeys, Is.EqualTo(new[] { "key-one", "key-two" }));
        Assert.That(options.MaxBodySize, Is.EqualTo(2048));
        Assert.That(options.DuplicateWindow, Is.EqualTo(TimeSpan.FromMinutes(10)));
    }

    [Test]
    public async Task A_key_added_to_reloaded_configuration_is_accepted_without_a_restart()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        var settings = new Dictionary<string, string?> { ["Logto:Webhooks:SigningKeys:0"] = "old-key" };
        var source = new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource { InitialData = settings };
        builder.Configuration.Sources.Clear();
        ((IConfigurationBuilder)builder.Configuration).Add(source);
        builder.Services.AddLogtoWebhooks(builder.Configuration.GetSection("Logto:Webhooks"));
        await using var app = builder.Build();
        app.MapLogtoWebhooks();
        await app.StartAsync();
        using var client = app.GetTestClient();

        using var before = await SendAsync(client, "rotated-key");
        var provider = ((IConfigurationRoot)app.Configuration).Providers.OfType<Microsoft.Extensions.Configuration.Memory.MemoryConfigurationProvider>().Single();
        provider.Set("Logto:Webhooks:SigningKeys:1", "rotated-key");
        ((IConfigurationRoot)app.Configuration).Reload();
        using var after = await SendAsync(client, "rotated-key");

        Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string signingKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/logto") { Content = new ByteArrayContent(UserCreated) };
        request.Headers.TryAddWithoutValidation(LogtoWebhookSignature.HeaderName, LogtoWebhookSignature.Sign(UserCreated, signingKey));
        return await client.SendAsync(request);
    }

    [Test]
    public async Task Mapping_without_registering_names_the_missing_call()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        await using var app = builder.Build();

        Assert.That(() => app.MapLogtoWebhooks(), Throws.InvalidOperationException.With.Message.Contains("AddLogtoWebhooks"));
    }

    private static Task Record(ConcurrentQueue<string> heard, string what)
    {
        heard.Enqueue(what);
        return Task.CompletedTask;
    }

    private sealed class RecordingHandler(ConcurrentQueue<string> heard) : ILogtoWebhookHandler<UserCreatedEvent>
    {
        public Task HandleAsync(UserCreatedEvent webhookEvent, CancellationToken cancellationToken) => Record(heard, "from DI " + webhookEvent.Data!.Username);
    }

    /// <summary>A distributed cache two applications share, as they would share Redis.</summary>
    /// <summary>A distributed cache shared by instances; writes of a claim can be made to land late, as over a slow network.</summary>
    private sealed class SharedDistributedCache(IDistributedCache inner, TimeSpan claimWriteDelay = default) : IDistributedCache
    {
        public byte[]? Get(string key) => inner.Get(key);

        public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => inner.GetAsync(key, token);

        public void Refresh(string key) => inner.Refresh(key);

        public Task RefreshAsync(string key, CancellationToken token = default) => inner.RefreshAsync(key, token);

        public void Remove(string key) => inner.Remove(key);

        public Task RemoveAsync(string key, CancellationToken token = default) => inner.RemoveAsync(key, token);

        public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => inner.Set(key, value, options);

        public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
        {
            if (claimWriteDelay > TimeSpan.Zero && Encoding.UTF8.GetString(value).Contains("claim:", StringComparison.Ordinal))
            {
                await Task.Delay(claimWriteDelay, CancellationToken.None);
            }

            await inner.SetAsync(key, value, options, token);
        }
    }

    /// <summary>A body of unknown length, so that the request is sent without Content-Length.</summary>
    private sealed class NoLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
