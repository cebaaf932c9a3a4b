using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Logto.Generated;

/// <summary>
/// Checks one registered client end to end: a token from its token source, then <c>GET /api/configs/admin-console</c>
/// (one small configuration row) through its API pipeline. Every failure is reported with its reason; descriptions come
/// from the client's exceptions, which never carry the secret or a token.
/// </summary>
internal sealed class LogtoManagementHealthCheck : IHealthCheck
{
    /// <summary>The cheap authenticated call, named as the spec names it so that telemetry shows it as an operation.</summary>
    internal static readonly LogtoOperationInfo Probe = new("GetAdminConsoleConfig", "GET", "/api/configs/admin-console");

    private readonly IServiceProvider _provider;
    private readonly string _clientName;

    public LogtoManagementHealthCheck(IServiceProvider provider, string clientName)
    {
        _provider = provider;
        _clientName = clientName;
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var failure = context.Registration.FailureStatus;
        var data = new Dictionary<string, object> { ["client"] = _clientName.Length == 0 ? "(unnamed)" : _clientName };
        try
        {
            var registration = Find();
            data["endpoint"] = registration.Resolve<LogtoHttpPipeline>(_provider).Settings.Endpoint;
            await registration.Resolve<ILogtoTokenSource>(_provider).GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
            using var client = registration.CreateHttpClient(_provider);
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Probe.RouteTemplate.TrimStart('/'), UriKind.Relative));
            request.Options.Set(LogtoOperationInfo.Key, Probe);
            using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return await JudgeAsync(response, failure, data, cancellationToken).ConfigureAwait(false);
        }
        catch (LogtoAuthenticationException exception)
        {
            AddFacts(data, exception.StatusCode, exception.Code ?? exception.Error, exception.RequestId);
            var reason = exception.StatusCode switch
            {
                null when Caused<LogtoTimeoutException>(exception) => "Logto's token endpoint did not answer in time",
                null => "Logto's token endpoint is unreachable",
                >= 500 => "Logto's token endpoint failed with a server error",
                404 => "Logto's token endpoint was not found: check Endpoint, not the credentials",
                >= 400 => "Logto refused the client credentials (check ClientId, ClientSecret, Resource and Scope)",
                _ => "Logto's token endpoint did not issue a usable token",
            };
            return new HealthCheckResult(failure, $"{reason}: {exception.Message}", exception, data);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The check's own timeout (a cancelled token) is left to the health check service to report.
            var reason = exception switch
            {
                _ when Caused<LogtoTimeoutException>(exception) => "Logto did not answer in time",
                _ when Caused<HttpRequestException>(exception) => "Logto is unreachable",
                _ => "The Logto Management API client failed",
            };
            return new HealthCheckResult(failure, $"{reason}: {exception.Message}", exception, data);
        }
    }

    /// <summary>Whether <paramref name="exception"/> or one of its causes is a <typeparamref name="T"/>.</summary>
    private static bool Caused<T>(Exception exception)
        where T : Exception
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is T)
            {
                return true;
            }
        }

        return false;
    }

    private static async Task<HealthCheckResult> JudgeAsync(
        HttpResponseMessage response, HealthStatus failure, Dictionary<string, object> data, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var code = response.IsSuccessStatusCode ? null : await LogtoResponseFacts.ErrorCodeAsync(response, cancellationToken).ConfigureAwait(false);
        AddFacts(data, status, code, LogtoResponseFacts.RequestIdOf(response));
        var answered = string.Create(CultureInfo.InvariantCulture, $"answered GET {Probe.RouteTemplate} with HTTP {status}{(code is null ? string.Empty : " " + code)}");
        return status switch
        {
            >= 200 and < 300 => HealthCheckResult.Healthy($"Logto issued a token and {answered}.", data),
            401 or 403 => new HealthCheckResult(failure, $"Logto denied the Management API to this application: it {answered} (give the machine-to-machine application the Management API role).", null, data),
            >= 500 => new HealthCheckResult(failure, $"Logto failed with a server error: it {answered}.", null, data),
            _ => new HealthCheckResult(failure, $"Logto {answered}.", null, data),
        };
    }

    private static void AddFacts(Dictionary<string, object> data, int? status, string? code, string? requestId)
    {
        if (status is { } value)
        {
            data["status"] = value;
        }

        if (code is not null)
        {
            data["code"] = code;
        }

        if (requestId is not null)
        {
            data["requestId"] = requestId;
        }
    }

    private LogtoManagementRegistration Find()
    {
        var factory = _provider.GetService<ILogtoManagementClientFactory>() as LogtoManagementClientFactory
            ?? throw new InvalidOperationException("No Logto Management API client is registered: call AddLogtoManagementApi first.");
        try
        {
            return factory.Find(_clientName);
        }
        catch (ArgumentException exception)
        {
            throw new InvalidOperationException(exception.Message, exception);
        }
    }
}
