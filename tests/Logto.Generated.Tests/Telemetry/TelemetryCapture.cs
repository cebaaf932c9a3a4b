using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Logto.Generated.Tests.Telemetry;

/// <summary>One measurement of a Logto.Generated instrument, with its tags.</summary>
internal sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags);

/// <summary>
/// Listens to the Logto.Generated activity source and meter for one test. It keeps only the spans of its own trace
/// (it starts a root activity) and only the measurements tagged with its server address, so that nothing another
/// test recorded gets in.
/// </summary>
internal sealed class TelemetryCapture : IDisposable
{
    private readonly ActivityListener _activities;
    private readonly MeterListener _meters = new();
    private readonly Activity _root;
    private readonly string _serverAddress;
    private readonly List<Activity> _spans = [];
    private readonly List<Measurement> _measurements = [];

    public TelemetryCapture(string serverAddress)
    {
        _serverAddress = serverAddress;
        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == LogtoTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Add,
        };
        ActivitySource.AddActivityListener(_activities);
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == LogtoTelemetry.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _meters.Start();
        _root = new Activity("test-root").Start();
    }

    public ActivityTraceId TraceId => _root.TraceId;

    public IReadOnlyList<Activity> Spans
    {
        get
        {
            lock (_spans)
            {
                return _spans.ToList();
            }
        }
    }

    public Activity Span(string name) => Spans.Single(span => span.OperationName == name);

    public IReadOnlyList<Measurement> Measurements(string instrument)
    {
        lock (_measurements)
        {
            return _measurements.Where(measurement => measurement.Instrument == instrument).ToList();
        }
    }

    /// <summary>Every tag value of every captured span and measurement, as text.</summary>
    public IEnumerable<string> AllTagValues()
    {
        var spanTags = Spans.SelectMany(span => span.TagObjects.Select(tag => $"{tag.Key}={tag.Value}").Append(span.DisplayName));
        List<Measurement> measurements;
        lock (_measurements)
        {
            measurements = _measurements.ToList();
        }

        return spanTags.Concat(measurements.SelectMany(measurement => measurement.Tags.Select(tag => $"{tag.Key}={tag.Value}")));
    }

    public void Dispose()
    {
        _root.Stop();
        _meters.Dispose();
        _activities.Dispose();
    }

    private void Add(Activity activity)
    {
        if (activity.TraceId == _root.TraceId)
        {
            lock (_spans)
            {
                _spans.Add(activity);
            }
        }
    }

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        if (copy.TryGetValue("server.address", out var address) && Equals(address, _serverAddress))
        {
            lock (_measurements)
            {
                _measurements.Add(new Measurement(instrument.Name, value, copy));
            }
        }
    }
}
