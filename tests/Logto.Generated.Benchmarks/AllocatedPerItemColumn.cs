using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Logto.Generated.Benchmarks;

/// <summary>Allocated bytes per operation divided by the <c>Users</c> parameter, for the paging benchmarks.</summary>
public sealed class AllocatedPerItemColumn : IColumn
{
    public string Id => nameof(AllocatedPerItemColumn);

    public string ColumnName => "Allocated/item";

    public bool AlwaysShow => false;

    public ColumnCategory Category => ColumnCategory.Metric;

    public int PriorityInCategory => 10;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Size;

    public string Legend => "Allocated bytes per operation divided by the number of users walked";

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(c => ItemsOf(c) is not null);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var items = ItemsOf(benchmarkCase);
        if (items is null || report?.GcStats is not { } gc || gc.GetBytesAllocatedPerOperation(benchmarkCase) is not { } bytes)
        {
            return "-";
        }

        return (bytes / (double)items.Value).ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " B";
    }

    private static int? ItemsOf(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Users")?.Value as int?;
}
