namespace Logto.Generated;

/// <summary>Logto's paging rules, checked before any request.</summary>
internal static class LogtoPaging
{
    /// <summary>The page size of a walk when none is given: the largest Logto accepts, for the fewest requests.</summary>
    public const int DefaultPageSize = LogtoQueryString.MaxPageSize;

    /// <summary>The page size of a list call's options, checked; the default when none is set.</summary>
    public static int PageSizeOf(int? pageSize)
    {
        var size = pageSize ?? DefaultPageSize;
        CheckPageSize(size);
        return size;
    }

    public static void CheckPageNumber(int pageNumber, string parameterName = "pageNumber")
    {
        if (pageNumber < 1)
        {
            throw new ArgumentOutOfRangeException(parameterName, pageNumber, "The page number starts at 1.");
        }
    }

    public static void CheckPageSize(int pageSize)
    {
        if (pageSize is < 1 or > LogtoQueryString.MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, $"The page size must be between 1 and {LogtoQueryString.MaxPageSize}.");
        }
    }
}
