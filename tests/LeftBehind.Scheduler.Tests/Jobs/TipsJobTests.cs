using System.Globalization;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Tips;
using LeftBehind.Scheduler.Outbox;
using LeftBehind.Scheduler.Quartz;
using LeftBehind.Dialogs.Notifications;

namespace LeftBehind.Tests.Scheduler;

public sealed class TipsJobTests
{
    /// <summary>The autumn term of 2026: 1 September (a Tuesday) to 17 January.</summary>
    private static readonly DateOnly TermStart = new(2026, 9, 1);
    private static readonly DateOnly TermEnd = new(2027, 1, 17);

    [Fact]
    public async Task Over_a_whole_term_each_guardian_and_parent_gets_three_tips_a_week_never_more_in_season_without_repeats_and_not_in_quiet_hours()
    {
        await using var h = await SchedulerHarness.CreateAsync(start: SchedulerHarness.ShanghaiTime(2026, 8, 31, 8, 0));
        var tips = h.Get<ITipService>();
        await tips.SeedAsync(TipLibraryFile.Load());
        var school = await h.Seed.SchoolAsync();
        var (grade3, _) = await h.Seed.ClassAsync(school, "三年级(1)班");
        var (grade8, _) = await h.Seed.ClassAsync(school, "初二(3)班");
        var ming = await h.Seed.FamilyAsync(school, grade3, "小明");
        var hong = await h.Seed.FamilyAsync(school, grade8, "小红", father: false);
        // Hong's grandfather goes to bed early and chose quiet hours 18:00-09:00: his 19:00 tips wait for 09:00.
        await h.Seed.PreferAsync(hong.Guardian, p => { p.QuietStart = new TimeOnly(18, 0); p.QuietEnd = new TimeOnly(9, 0); p.LowLiteracy = true; });
        await h.Seed.PreferAsync(ming.Mother, p => p.Locale = "en");

        // The dispatcher sends in parallel: the record must be thread-safe.
        var sentLog = new System.Collections.Concurrent.ConcurrentQueue<(SentActivity Sent, DateTimeOffset At)>();
        h.Adapter.OnSent += s => sentLog.Enqueue((s, h.Time.GetUtcNow()));
        for (var day = TermStart; day <= TermEnd; day = day.AddDays(1))
        {
            foreach (var hour in new[] { 9, 19, 21 })
            {
                h.SetLocal(day.Year, day.Month, day.Day, hour);
                await h.RunJobAsync(JobNames.Tips);
                // A second run in the same hour (a restart, a second node) writes nothing.
                Assert.Equal(0, await h.RunJobAsync(JobNames.Tips));
                await h.DrainAsync();
            }
        }

        var delivered = sentLog.ToList();
        var library = (await tips.ListAsync()).ToDictionary(t => t.Id);
        var sends = await tips.GetSendsAsync([ming.Father, ming.Mother, ming.Guardian, hong.Mother, hong.Guardian]);
        var tipDays = Enumerable.Range(0, TermEnd.DayNumber - TermStart.DayNumber + 1).Select(TermStart.AddDays)
            .Count(d => d.DayOfWeek is DayOfWeek.Tuesday or DayOfWeek.Thursday or DayOfWeek.Saturday);
        foreach (var (person, band, audience) in new[]
                 {
                     (ming.Father, "6-8", TipAudience.Parent), (ming.Mother, "6-8", TipAudience.Parent), (ming.Guardian, "6-8", TipAudience.Guardian),
                     (hong.Mother, "13-15", TipAudience.Parent), (hong.Guardian, "13-15", TipAudience.Guardian),
                 })
        {
            var mine = delivered.Where(d => d.Sent.UserId == SeededFamily.User(person)).ToList();
            // Cadence: three a week (Tuesday, Thursday, Saturday), never more in any ISO week.
            var perWeek = mine.GroupBy(d => ISOWeek.GetWeekOfYear(Local(d.At).DateTime)).Select(g => g.Count()).ToList();
            Assert.All(perWeek, n => Assert.InRange(n, 1, 3));
            Assert.Equal(tipDays, mine.Count);

            var history = sends[person];
            Assert.Equal(mine.Count, history.Count);
            var sentSoFar = new HashSet<int>();
            foreach (var s in history)
            {
                var tip = library[s.TipId];
                var local = Local(s.ChosenAt);
                Assert.Equal(audience, tip.Audience);
                // Seasonal tips only in season: 防溺水 (May to September) in September, never from October.
                Assert.True(TipSeason.InSeason(tip.Months, local.Month), $"{tip.Code} sent in month {local.Month}");
                Assert.True(TipAgeBands.Parse(tip.Ages)!.Contains(band), $"{tip.Code} is not for {band}");
                // No repeat until every tip this person could get on that day has been sent once.
                if (!sentSoFar.Add(tip.Id))
                {
                    var eligible = library.Values.Where(t => t.Audience == audience && TipSeason.InSeason(t.Months, local.Month) && TipAgeBands.Parse(t.Ages)!.Contains(band));
                    Assert.All(eligible, t => Assert.Contains(t.Id, sentSoFar));
                }
            }
            Assert.Contains(history, s => library[s.TipId].Topic == "drowning" && Local(s.ChosenAt).Month == 9);
            Assert.DoesNotContain(history, s => library[s.TipId].Topic == "drowning" && Local(s.ChosenAt).Month != 9);
        }

        // Quiet hours: the early sleeper's tips all arrived at 09:00, none between 18:00 and 09:00.
        var early = delivered.Where(d => d.Sent.UserId == SeededFamily.User(hong.Guardian)).ToList();
        Assert.All(early, d => Assert.Equal(new TimeOnly(9, 0), TimeOnly.FromDateTime(Local(d.At).DateTime)));
        Assert.All(delivered.Where(d => d.Sent.UserId != SeededFamily.User(hong.Guardian)), d => Assert.Equal(19, Local(d.At).Hour));

        // Teachers get no tips; the message says which series and how to answer, in the person's language.
        Assert.DoesNotContain(delivered, d => d.Sent.UserId!.StartsWith("u", StringComparison.Ordinal) && !new[] { ming.Father, ming.Mother, ming.Guardian, hong.Mother, hong.Guardian }.Select(SeededFamily.User).Contains(d.Sent.UserId));
        var guardianTip = delivered.First(d => d.Sent.UserId == SeededFamily.User(ming.Guardian)).Sent;
        Assert.StartsWith("【家长学校】", guardianTip.Text);
        Assert.EndsWith("有用回1，没用回2；不想再收，回“停”。", guardianTip.Text);
        Assert.Equal(["1", "2"], guardianTip.Choices);
        Assert.StartsWith("【家长课堂】", delivered.First(d => d.Sent.UserId == SeededFamily.User(ming.Father)).Sent.Text);
        Assert.StartsWith("[Parents' class] ", delivered.First(d => d.Sent.UserId == SeededFamily.User(ming.Mother)).Sent.Text);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task A_person_who_said_stop_gets_no_tips_until_they_restart(string provider)
    {
        await using var h = await SchedulerHarness.CreateAsync(provider, start: SchedulerHarness.ShanghaiTime(2026, 11, 2, 8, 0));
        var tips = h.Get<ITipService>();
        await tips.SeedAsync(TipLibraryFile.Load());
        var (family, _) = await OutboxDeliveryTests.OneFamilyAsync(h);
        Assert.True(await tips.SetStoppedAsync(family.Guardian, stopped: true, "停"));

        h.SetLocal(2026, 11, 3, 19, 0);
        await h.RunAndDeliverAsync(JobNames.Tips);
        Assert.Empty(h.Adapter.For(SeededFamily.User(family.Guardian)));
        Assert.Single(h.Adapter.For(SeededFamily.User(family.Father)));

        Assert.True(await tips.SetStoppedAsync(family.Guardian, stopped: false, "开始"));
        h.SetLocal(2026, 11, 5, 19, 0);
        await h.RunAndDeliverAsync(JobNames.Tips);
        Assert.Single(h.Adapter.For(SeededFamily.User(family.Guardian)));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task A_delivered_tip_is_open_for_a_word_a_week_for_a_digit_three_days_and_a_later_reminder_takes_the_digits(string provider)
    {
        await using var h = await SchedulerHarness.CreateAsync(provider, start: SchedulerHarness.ShanghaiTime(2026, 11, 2, 8, 0));
        var tips = h.Get<ITipService>();
        await tips.SeedAsync(TipLibraryFile.Load());
        var (family, _) = await OutboxDeliveryTests.OneFamilyAsync(h);
        h.SetLocal(2026, 11, 3, 19, 0);
        await h.RunAndDeliverAsync(JobNames.Tips);
        var sent = Assert.Single((await tips.GetSendsAsync([family.Guardian]))[family.Guardian]);

        Assert.Equal(sent.OutboxKey, (await tips.FindOpenTipAsync(family.Guardian, digitOnly: true))!.OutboxKey);
        h.SetLocal(2026, 11, 7, 8, 0);
        Assert.Null(await tips.FindOpenTipAsync(family.Guardian, digitOnly: true));
        Assert.NotNull(await tips.FindOpenTipAsync(family.Guardian, digitOnly: false));
        Assert.True(await tips.HadRecentTipAsync(family.Guardian));

        // A reminder delivered after the tip: a digit is for the reminder, a word still for the tip.
        var guardian = (await h.Get<LeftBehind.Scheduler.Recipients.IRecipientDirectory>().GetRecipientsAsync([family.Guardian], CancellationToken.None))[family.Guardian];
        await h.Get<OutboxWriter>().EnqueueAsync([new Delivery(guardian, JobNames.CallHome, "2026-W45", OutboxMessage.From(FamilyNotifications.ReminderMessage(CultureInfo.GetCultureInfo("zh-CN"), "明天记得带作业本。")), ExpectsReply: true)], CancellationToken.None);
        await h.DrainAsync();
        h.SetLocal(2026, 11, 7, 9, 0);
        Assert.Null(await tips.FindOpenTipAsync(family.Guardian, digitOnly: true));
        Assert.True(await tips.RecordFeedbackAsync(family.Guardian, sent.OutboxKey, TipFeedback.Useful));
        Assert.Null(await tips.FindOpenTipAsync(family.Guardian, digitOnly: false));
        Assert.Equal(1, (await tips.GetAsync(sent.TipId))!.Useful);

        h.SetLocal(2026, 11, 11, 9, 0);
        Assert.False(await tips.HadRecentTipAsync(family.Guardian));
    }

    [Fact]
    public async Task Without_sms_or_voice_a_phone_only_grandparent_is_not_sent_a_tip_that_could_only_die_in_the_outbox()
    {
        await using var h = await SchedulerHarness.CreateAsync(start: SchedulerHarness.ShanghaiTime(2026, 11, 2, 8, 0));
        await h.Get<ITipService>().SeedAsync(TipLibraryFile.Load());
        var school = await h.Seed.SchoolAsync();
        var (cls, _) = await h.Seed.ClassAsync(school);
        var family = await h.Seed.FamilyAsync(school, cls, "小明", bindGuardian: false);
        await using (var db = h.Db())
        {
            var guardian = db.Persons.Single(p => p.Id == family.Guardian);
            guardian.Phone = "13907310001";
            await db.SaveChangesAsync();
        }

        h.SetLocal(2026, 11, 3, 19, 0);
        Assert.Equal(2, await h.RunAndDeliverAsync(JobNames.Tips));

        Assert.Empty((await h.Get<ITipService>().GetSendsAsync([family.Guardian])));
        await using var check = h.Db();
        Assert.Empty(check.Set<LeftBehind.Archive.Data.HostTables.OutboxRow>().Where(o => o.RecipientId == family.Guardian).ToList());
    }

    [Fact]
    public async Task A_choice_stored_before_a_crash_is_the_tip_the_rerun_sends_once()
    {
        await using var h = await SchedulerHarness.CreateAsync(start: SchedulerHarness.ShanghaiTime(2026, 11, 2, 8, 0));
        var tips = h.Get<ITipService>();
        await tips.SeedAsync(TipLibraryFile.Load());
        var (family, _) = await OutboxDeliveryTests.OneFamilyAsync(h);
        var chosen = (await tips.ListAsync(TipAudience.Guardian)).Single(t => t.Code == "g-sleep-01");
        h.SetLocal(2026, 11, 3, 19, 0);
        // The first run stored its choice and died before writing the outbox row.
        await tips.RecordSendsAsync([new TipSendInfo(family.Guardian, chosen.Id, $"tips|{family.Guardian}|2026-W45-2", h.Time.GetUtcNow(), null)]);

        await h.RunAndDeliverAsync(JobNames.Tips);
        await h.RunAndDeliverAsync(JobNames.Tips);

        var sent = Assert.Single(h.Adapter.For(SeededFamily.User(family.Guardian)));
        Assert.Equal("【家长学校】小学生每天要睡够10个小时，晚上9点20分前上床。\n有用回1，没用回2；不想再收，回“停”。", sent.Text);
    }

    private static DateTimeOffset Local(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, SchedulerHarness.Shanghai);
}
