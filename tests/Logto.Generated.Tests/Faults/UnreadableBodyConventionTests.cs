using System.Net;
using System.Reflection;
using Logto.Generated.Tests.TestSupport;
using RichardSzalay.MockHttp;

namespace Logto.Generated.Tests.Faults;

/// <summary>
/// A convention: every operation that reads a body, answered with its success status and a body that cannot be read,
/// ends in a <see cref="LogtoException"/> naming the status and keeping the body; nothing else leaves the call.
/// </summary>
public class UnreadableBodyConventionTests
{
    private const string Unreadable = "{\"id\":\"x\",\"name\":";

    private static IEnumerable<TestCaseData> ReadingOperations() =>
        NormalizedSpec.Operations
            .Where(o => o.SuccessResponse.Schema is not null)
            .Select(o => new TestCaseData(o).SetName($"{o.Tag}.{o.OperationId}"));

    [Test]
    public void Most_operations_read_a_body()
    {
        Assert.That(ReadingOperations().Count(), Is.GreaterThan(200));
    }

    [TestCaseSource(nameof(ReadingOperations))]
    public async Task An_unreadable_success_body_ends_in_a_LogtoException_with_the_status_and_the_body(SpecOperation operation)
    {
        var call = OperationCall.Bind(operation);
        var status = operation.SuccessResponse.Status;
        using var logto = new MockLogto();
        logto.Handler.Fallback.Respond(_ => new HttpResponseMessage((HttpStatusCode)status)
        {
            Content = new StringContent(Unreadable, System.Text.Encoding.UTF8, "application/json"),
        });

        Exception? thrown = null;
        try
        {
            var returned = call.Method.Invoke(call.Client(logto), call.Arguments.ToArray())!;
            var task = call.IsList ? (Task)returned.GetType().GetMethod("GetPageAsync")!.Invoke(returned, [1, CancellationToken.None])! : (Task)returned;
            await task;
        }
        catch (TargetInvocationException exception)
        {
            thrown = exception.InnerException;
        }
        catch (Exception exception)
        {
            thrown = exception;
        }

        Assert.That(thrown, Is.InstanceOf<LogtoException>(), thrown?.ToString());
        var api = (LogtoApiException)thrown!;
        Assert.That(api.StatusCode, Is.EqualTo(status));
        Assert.That(api.ResponseBody, Is.EqualTo(Unreadable));
    }
}
