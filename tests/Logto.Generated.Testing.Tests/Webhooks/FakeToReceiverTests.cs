using System.Collections.Concurrent;
using Logto.Generated.AspNetCore;
using Logto.Generated.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Logto.Generated.Testing.Tests.Webhooks;

/// <summary>
/// One design end to end: a hook registered on the fake through the client delivers, signed with
/// <see cref="LogtoWebhookSignature"/>, to the ASP.NET Core receiver, which verifies with the same code and hands the
/// typed event to its handler.
/// </summary>
public class FakeToReceiverTests
{
    [Test]
    public async Task A_user_created_on_the_fake_reaches_the_receiver_typed_and_verified()
    {
        await using var logto = new FakeLogto();
        using var client = logto.CreateManagementClient();
        var hook = await client.Hooks.CreateHookAsync(new CreateHookRequest
        {
            Name = "sync",
            Events = [HookEvent.UserCreated, HookEvent.UserDeleted],
            Config = new HookConfig { Url = "http://receiver/webhooks/logto" },
        });
        var created = new ConcurrentQueue<UserCreatedEvent>();
        var deleted = new ConcurrentQueue<UserDeletedEvent>();
        await using var receiver = await StartReceiverAsync(hook.SigningKey, webhooks => webhooks
            .On<UserCreatedEvent>((e, _) => { created.Enqueue(e); return Task.CompletedTask; })
            .On<UserDeletedEvent>((e, _) => { deleted.Enqueue(e); return Task.CompletedTask; }));
        logto.WebhookHandler = receiver.GetTestServer().CreateHandler();

        var user = await client.Users.CreateUserAsync(new CreateUserRequest { Username = "synced", Name = "Synced User" });
        await client.Users.DeleteUserAsync(user.Id);

        Assert.That(created.Select(e => (e.HookId, e.Data!.Id, e.Data.Username, e.Data.Name)), Is.EqualTo(new[] { (hook.Id, user.Id, "synced", "Synced User") }));
        Assert.That(deleted.Select(e => e.EventName), Is.EqualTo(new[] { LogtoWebhookEvents.UserDeleted }));
        Assert.That(logto.Deliveries.Select(d => d.Status), Is.EqualTo(new[] { 200, 200 }), "the receiver's answers, as the fake recorded them");
    }

    [Test]
    public async Task A_receiver_with_another_key_refuses_the_fake_deliveries()
    {
        await using var logto = new FakeLogto();
        using var client = logto.CreateManagementClient();
        await client.Hooks.CreateHookAsync(new CreateHookRequest
        {
            Name = "sync", Events = [HookEvent.UserCreated], Config = new HookConfig { Url = "http://receiver/webhooks/logto" },
        });
        var ran = 0;
        await using var receiver = await StartReceiverAsync("not-the-hook-key", webhooks => webhooks.On<UserCreatedEvent>((_, _) =>
        {
            Interlocked.Increment(ref ran);
            return Task.CompletedTask;
        }));
        logto.WebhookHandler = receiver.GetTestServer().CreateHandler();

        await client.Users.CreateUserAsync(new CreateUserRequest { Username = "refused" });

        Assert.That(ran, Is.Zero);
        Assert.That(logto.Deliveries.Select(d => d.Status), Is.EqualTo(new[] { 401 }));
    }

    private static async Task<WebApplication> StartReceiverAsync(string signingKey, Action<LogtoWebhooksBuilder> handlers)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        handlers(builder.Services.AddLogtoWebhooks(options => options.SigningKeys.Add(signingKey)));
        var app = builder.Build();
        app.MapLogtoWebhooks("/webhooks/logto");
        await app.StartAsync();
        return app;
    }
}
