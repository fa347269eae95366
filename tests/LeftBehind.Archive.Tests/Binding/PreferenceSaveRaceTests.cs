using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Tests.Archive;

/// <summary>
/// Two saves of one person's preferences when they have no row yet (the binding's defaults on one instance, a language
/// switch on another) both read "none" and both insert. The second must not fail on the key.
/// </summary>
public sealed class PreferenceSaveRaceTests
{
    [Fact]
    public async Task A_save_whose_insert_loses_to_another_saves_row_updates_that_row_instead_of_failing()
    {
        await using var h = await ArchiveHarness.CreateAsync("Postgres");
        var s = await DemoSchool.SeedAsync(h);
        var person = s.Grandpa.PersonId!.Value;
        // The interleaving is forced, not hoped for: after this save has read that there is no row, and before its own
        // insert, the other save's row is committed. A trigger on the insert does it once, through dblink, so the other
        // row is committed by its own transaction exactly in that gap.
        await using (var db = h.Db())
        {
            await db.Database.ExecuteSqlAsync($"DELETE FROM archive_preferences WHERE \"PersonId\" = {person}");
            await db.Database.ExecuteSqlRawAsync("""
                CREATE EXTENSION IF NOT EXISTS dblink;
                CREATE SEQUENCE test_preference_competitor;
                CREATE FUNCTION test_preference_competitor() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF nextval('test_preference_competitor') = 1 THEN
                    PERFORM dblink_exec(
                      format('host=127.0.0.1 port=%s dbname=%s user=postgres', current_setting('port'), current_database()),
                      format('INSERT INTO archive_preferences SELECT * FROM jsonb_populate_record(NULL::archive_preferences, %L::jsonb)',
                             (to_jsonb(NEW) || jsonb_build_object('Locale', 'zh-TW'))::text));
                  END IF;
                  RETURN NEW;
                END $$;
                CREATE TRIGGER test_preference_competitor BEFORE INSERT ON archive_preferences FOR EACH ROW EXECUTE FUNCTION test_preference_competitor();
                """);
        }

        var preferences = h.Get<IPreferenceService>();
        var mine = (await preferences.GetAsync(person)) with { Locale = "en", LowLiteracy = true };
        await preferences.SaveAsync(person, mine);

        await using (var db = h.Db())
        {
            // The other save did happen (the trigger fired once) and this one then updated its row: one row, this save's values.
            // This save's insert (1) and the other save's (2); the retry updated and inserted nothing.
            Assert.Equal(2, await db.Database.SqlQueryRaw<long>("SELECT last_value AS \"Value\" FROM test_preference_competitor").SingleAsync());
            var row = await db.Preferences.AsNoTracking().SingleAsync(p => p.PersonId == person);
            Assert.Equal("en", row.Locale);
            Assert.True(row.LowLiteracy);
        }
        Assert.Equal("en", (await preferences.GetAsync(person)).Locale);
    }
}
