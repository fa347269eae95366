using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LeftBehind.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace LeftBehind.Tests.Scheduler;

public sealed class SchedulerAdminEndpointTests
{
    [Fact]
    public async Task Jobs_are_listed_with_their_cron_zone_and_next_fire_time()
    {
        await using var factory = new LeftBehindFactory();
        factory.Settings["Scheduler:Jobs:monthly-letter:Cron"] = "0 0 8 2 * ?";
        factory.Settings["Scheduler:Jobs:absence-alert:TimeZone"] = "Asia/Urumqi";
        factory.Settings["Scheduler:Jobs:monthly-digest:Enabled"] = "false";
        var client = factory.CreateAdminClient();

        var jobs = await client.GetFromJsonAsync<JsonElement>("/admin/jobs");

        var byName = jobs.EnumerateArray().ToDictionary(j => j.GetProperty("name").GetString()!);
        Assert.Equal(["absence-alert", "binding-expiry", "call-home", "escalation-sla", "five-ones", "guardian-check", "home-visit", "meeting-invite", "monthly-digest", "monthly-letter", "term-notice", "tips", "weekly-contact-check", "weekly-talk"], byName.Keys.Order());
        Assert.Equal("0 0 8 2 * ?", byName["monthly-letter"].GetProperty("cron").GetString());
        Assert.Equal("Asia/Shanghai", byName["monthly-letter"].GetProperty("timeZone").GetString());
        Assert.Equal("Asia/Urumqi", byName["absence-alert"].GetProperty("timeZone").GetString());
        var shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var next = byName["monthly-letter"].GetProperty("nextFireTime").GetDateTimeOffset();
        Assert.Equal(2, TimeZoneInfo.ConvertTime(next, shanghai).Day);
        Assert.Equal(8, TimeZoneInfo.ConvertTime(next, shanghai).Hour);
        Assert.False(byName["monthly-digest"].GetProperty("enabled").GetBoolean());
        Assert.Equal(JsonValueKind.Null, byName["monthly-digest"].GetProperty("nextFireTime").ValueKind);
    }

    [Fact]
    public async Task Running_a_job_by_name_works_and_an_unknown_name_is_404()
    {
        await using var factory = new LeftBehindFactory();
        var client = factory.CreateAdminClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/admin/jobs/no-such-job/run", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/admin/jobs/no-such-job/run?wait=true", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync("/admin/jobs/monthly-letter/run", null)).StatusCode);
        var waited = await client.PostAsync("/admin/jobs/MONTHLY-LETTER/run?wait=true", null);
        Assert.Equal(HttpStatusCode.OK, waited.StatusCode);
        var result = await waited.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("monthly-letter", result.GetProperty("name").GetString());
        Assert.Equal(0, result.GetProperty("enqueued").GetInt32());

        var jobs = await client.GetFromJsonAsync<JsonElement>("/admin/jobs");
        var letter = jobs.EnumerateArray().Single(j => j.GetProperty("name").GetString() == "monthly-letter");
        Assert.True(letter.GetProperty("lastRun").GetProperty("runs").GetInt64() >= 1);
    }

    [Fact]
    public async Task The_outbox_listing_validates_its_filter()
    {
        await using var factory = new LeftBehindFactory();
        var client = factory.CreateAdminClient();

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/admin/outbox?status=lost")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/admin/outbox?pageSize=100000")).StatusCode);
        var page = await client.GetFromJsonAsync<JsonElement>("/admin/outbox?status=pending&page=1&pageSize=10");
        Assert.Equal(0, page.GetProperty("total").GetInt64());
        Assert.Equal(0, page.GetProperty("counts").GetProperty("dead").GetInt64());
    }

    [Fact]
    public async Task The_health_check_includes_the_scheduler()
    {
        await using var factory = new LeftBehindFactory();
        var response = await factory.CreateAdminClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("Scheduler:Jobs:monthly-letter:Cron", "every full moon")]
    [InlineData("Scheduler:Jobs:monthly-letter:TimeZone", "Mars/Olympus_Mons")]
    [InlineData("Scheduler:Jobs:montly-letter:Cron", "0 0 8 2 * ?")]
    [InlineData("Scheduler:QuietHours:Guardian", "late")]
    [InlineData("Scheduler:Clustered", "true")]
    public async Task A_bad_schedule_stops_the_service_from_starting(string key, string value)
    {
        await using var factory = new LeftBehindFactory();
        factory.Settings[key] = value;

        var ex = Assert.ThrowsAny<Exception>(() => factory.CreateAdminClient());
        Assert.IsType<OptionsValidationException>(ex.GetBaseException() is OptionsValidationException ? ex.GetBaseException() : ex);
    }
}
