namespace Logto.Generated.Tests.TestSupport;

/// <summary>Forwards to a shared handler without disposing it when the factory retires a handler chain.</summary>
internal sealed class SharedHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override void Dispose(bool disposing)
    {
    }
}
