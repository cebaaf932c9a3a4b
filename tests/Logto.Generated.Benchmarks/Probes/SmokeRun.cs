using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace Logto.Generated.Benchmarks.Probes;

/// <summary>
/// Calls every benchmark once, in process, after its global setup, and prints what it returned: a quick check that
/// the clients, the in-memory server and the payloads agree, without measuring anything.
/// </summary>
internal static class SmokeRun
{
    public static async Task RunAsync()
    {
        var payloads = Payloads.BenchmarkPayloads.Load();
        Console.WriteLine($"Payloads: applications {payloads.Applications.Length:N0} B, users {payloads.Users.Length:N0} B, user {payloads.User.Length:N0} B, application {payloads.Application.Length:N0} B");
        foreach (var type in typeof(SmokeRun).Assembly.GetTypes().Where(t => t.GetMethods().Any(m => m.IsDefined(typeof(BenchmarkAttribute)))))
        {
            var users = type.GetProperty("Users");
            foreach (var value in users is null ? [null] : new object?[] { 1_000, 10_000 })
            {
                var instance = Activator.CreateInstance(type)!;
                users?.SetValue(instance, value);
                if (type.GetMethods().SingleOrDefault(m => m.IsDefined(typeof(GlobalSetupAttribute))) is { } setup)
                {
                    await InvokeAsync(setup, instance);
                }

                foreach (var method in type.GetMethods().Where(m => m.IsDefined(typeof(BenchmarkAttribute))))
                {
                    var result = await InvokeAsync(method, instance);
                    Console.WriteLine($"{type.Name}.{method.Name}{(value is null ? "" : $"(Users={value})")}: {Describe(result)}");
                }
            }
        }
    }

    private static async Task<object?> InvokeAsync(MethodInfo method, object instance)
    {
        var returned = method.Invoke(instance, null);
        if (returned is not Task task)
        {
            return returned;
        }

        await task;
        return task.GetType().GetProperty("Result")?.GetValue(task);
    }

    private static string Describe(object? result) => result switch
    {
        null => "(void)",
        Application application => $"Application {application.Id} ({application.Type.Value})",
        User user => $"User {user.Id} ({user.Profile.Address?.Locality})",
        Peers.SystemTextJson.StjApplication application => $"StjApplication {application.Id} ({application.Type})",
        Peers.SystemTextJson.StjUser user => $"StjUser {user.Id} ({user.Profile.Address?.Locality})",
        _ => result.ToString() ?? "",
    };
}
