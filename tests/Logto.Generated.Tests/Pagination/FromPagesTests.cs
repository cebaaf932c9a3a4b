namespace Logto.Generated.Tests.Pagination;

/// <summary><see cref="LogtoPageable{T}.FromPages"/> serves the pages it is given, for users' own tests.</summary>
public class FromPagesTests
{
    [Test]
    public async Task A_walk_goes_through_the_given_pages_in_order_and_stops_after_them()
    {
        var pageable = LogtoPageable<string>.FromPages([
            new LogtoPage<string>(1, 2, ["a", "b"], 3, false),
            new LogtoPage<string>(2, 2, ["c"], 3, false),
        ]);

        var items = new List<string>();
        await foreach (var item in pageable)
        {
            items.Add(item);
        }

        var third = await pageable.GetPageAsync(3);
        Assert.That(items, Is.EqualTo(new[] { "a", "b", "c" }));
        Assert.That(pageable.PageSize, Is.EqualTo(2));
        Assert.That(third.Items, Is.Empty);
        Assert.That(third.TotalCount, Is.EqualTo(3));
    }

    [Test]
    public void Two_pages_with_one_number_are_refused()
    {
        var exception = Assert.Throws<ArgumentException>(() => LogtoPageable<int>.FromPages([new LogtoPage<int>(1, 1, [1], null, false), new LogtoPage<int>(1, 1, [2], null, false)]));
        Assert.That(exception!.ParamName, Is.EqualTo("pages"));
    }
}
