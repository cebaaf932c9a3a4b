namespace Logto.Generated.Tests.Serialization;

public class LogtoPropertySetTests
{
    [Test]
    public void Records_which_properties_were_set_beyond_the_first_sixty_four()
    {
        var set = default(LogtoPropertySet);

        set.Set(3);
        set.Set(63);
        set.Set(64);
        set.Set(200);

        Assert.That(new[] { 3, 63, 64, 200 }.Select(set.IsSet), Has.All.True);
        Assert.That(new[] { 0, 62, 65, 127, 199, 201, 1000 }.Select(set.IsSet), Has.All.False);
    }

    [Test]
    public void A_required_property_is_written_unless_the_model_was_read_without_it()
    {
        var created = default(LogtoPropertySet);
        var read = default(LogtoPropertySet);
        read.MarkRead();
        read.Set(1);

        Assert.That((created.IsSetOrRequired(0), read.IsSetOrRequired(0), read.IsSetOrRequired(1)), Is.EqualTo((true, false, true)));
    }
}
