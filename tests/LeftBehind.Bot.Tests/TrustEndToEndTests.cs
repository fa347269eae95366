using LeftBehind.Tests.Infrastructure;

namespace LeftBehind.Tests.Trust;

/// <summary>
/// Issue 12 end to end: the service on a loopback port with the demo school, its real outbox and built-in Direct
/// Line, each family member on the official botframework-directlinejs client (tests/e2e/*.js). No recording double.
/// </summary>
public sealed class TrustEndToEndTests : IDisposable
{
    private readonly LeftBehindFactory _factory = new() { EnvironmentName = "Development" };
    private readonly string _baseUrl;

    public TrustEndToEndTests()
    {
        _factory.Settings["Storage:SeedDemoData"] = "true";
        _baseUrl = _factory.StartOnLoopback();
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_photo_of_the_childs_reply_letter_reaches_the_father_as_an_image_whose_url_serves_the_same_bytes()
    {
        var (code, output) = await NodeScript.RunAsync("reply-letter.js", _baseUrl);

        Assert.True(code == 0, output);
        Assert.Contains("\"ok\":true", output);
        Assert.Contains("\"contentType\":\"image/png\"", output);
    }

    [Fact]
    public async Task A_letter_to_a_grandfather_without_a_chat_waits_in_his_mailbox_and_arrives_once_when_he_binds()
    {
        var (code, output) = await NodeScript.RunAsync("mailbox.js", _baseUrl);

        Assert.True(code == 0, output);
        Assert.Contains("\"ok\":true", output);
    }

    // Passed on the branch before main's turn-interceptor restructure was merged in (09:40 UTC run); after the merge the
    // grandfather's held letter did not reach his client within the driver's 30 s in two runs on the loaded machine,
    // while mailbox.js (same path) passed. Unexplained at the deadline: to be investigated, not hidden.
    [Fact]
    public async Task A_grandfather_who_binds_after_the_letter_reads_it_from_his_menu_and_the_father_sees_it_was_read_to_the_child()
    {
        var (code, output) = await NodeScript.RunAsync("read-letters.js", _baseUrl);

        Assert.True(code == 0, output);
        Assert.Contains("\"ok\":true", output);
    }

    [Fact]
    public async Task With_two_letters_the_grandfather_taps_the_button_under_the_older_one_and_only_its_writer_is_told()
    {
        var (code, output) = await NodeScript.RunAsync("read-letter-button.js", _baseUrl);

        Assert.True(code == 0, output);
        Assert.Contains("\"ok\":true", output);
    }
}
