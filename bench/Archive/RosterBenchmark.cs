using System.Diagnostics;
using System.Globalization;
using System.Text;
using LeftBehind.Archive;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Roster;
using LeftBehind.Archive.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LeftBehind.Bench.Archive;

/// <summary>
/// `roster [--rows N] [--runs N] [--postgres CONNECTION]`: imports a generated GB18030 roster of N rows into a fresh
/// database, then re-imports it (the update path), several times; prints each run and the medians.
/// </summary>
internal static class RosterBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rows = IntArg(args, "--rows", 10_000);
        var runs = IntArg(args, "--runs", 3);
        var pg = Arg(args, "--postgres");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var file = Encoding.GetEncoding("GB18030").GetBytes(RosterCsv.Build(Generate(rows)));
        Console.WriteLine($"roster import: {rows} rows, {file.Length / 1024} KiB GB18030 CSV, provider {(pg is null ? "Sqlite" : "Postgres")}, {Environment.ProcessorCount} cores");
        var first = new List<double>();
        var again = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var dir = Path.Combine(Path.GetTempPath(), "lb-bench-roster-" + Guid.NewGuid().ToString("n"));
            Directory.CreateDirectory(dir);
            var cs = pg ?? $"Data Source={Path.Combine(dir, "bench.db")}";
            if (pg is not null) cs = await FreshPostgresDatabaseAsync(pg, run);
            await using var sp = Build(cs, pg is null ? StorageProvider.Sqlite : StorageProvider.Postgres);
            await sp.GetRequiredService<ArchiveMigrator>().StartAsync(CancellationToken.None);
            var importer = sp.GetRequiredService<IRosterImporter>();

            var sw = Stopwatch.StartNew();
            var dry = await importer.ImportAsync(new MemoryStream(file), dryRun: true);
            var t0 = sw.Elapsed.TotalSeconds;
            sw.Restart();
            var r1 = await importer.ImportAsync(new MemoryStream(file), dryRun: false);
            var t1 = sw.Elapsed.TotalSeconds;
            sw.Restart();
            var r2 = await importer.ImportAsync(new MemoryStream(file), dryRun: false);
            var t2 = sw.Elapsed.TotalSeconds;
            if (dry.Imported != rows || r1.Outcome != RosterImportOutcome.Ok || r1.Imported != rows || r2.Updated != rows)
            {
                Console.Error.WriteLine($"unexpected result: {r1.Outcome} imported {r1.Imported}, re-import updated {r2.Updated}; {string.Join("; ", r1.Errors.Take(3))}");
                return 1;
            }
            first.Add(t1);
            again.Add(t2);
            Console.WriteLine(FormattableString.Invariant($"run {run}: import {t1:F2} s ({rows / t1:F0} rows/s), re-import {t2:F2} s, dry run (read + validate) {t0:F2} s"));
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(dir, true);
            }
            catch (IOException)
            {
                // Leftover temp files are harmless.
            }
        }
        Console.WriteLine(FormattableString.Invariant($"median: import {Median(first):F2} s, re-import {Median(again):F2} s (target < 10 s)"));
        return 0;
    }

    /// <summary>A county-sized school's roster: 40 classes, every guardian type, some siblings sharing parents.</summary>
    internal static IEnumerable<string[]> Generate(int count)
    {
        string[] surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭"];
        string[] given = ["小明", "思雨", "浩然", "欣怡", "子涵", "俊杰", "雨萱", "天宇", "佳怡", "磊", "婷婷", "宇轩", "梓涵", "一诺"];
        string[] relations = ["祖父母", "外祖父母", "其他亲属", "代管家长", "无"];
        string[] types = ["双亲外出", "父亲外出", "母亲外出"];
        string[] places = ["广东深圳", "广东东莞", "浙江杭州", "上海", "江苏苏州", "福建厦门"];
        for (var i = 0; i < count; i++)
        {
            var family = i - (i % 3 == 1 ? 1 : 0); // every third child is a younger sibling of the previous one
            var s = surnames[family % surnames.Length];
            var relation = relations[family % relations.Length];
            var cls = $"{i % 6 + 1}年级({i / 6 % 7 + 1})班";
            var birth = new DateOnly(2012 + i % 8, i % 12 + 1, i % 28 + 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            yield return
            [
                "阳光县第一小学", cls, $"S{i:D6}", s + given[i % given.Length], i % 2 == 0 ? "男" : "女", birth, types[family % types.Length],
                relation == "无" ? "" : s + "奶奶", relation, relation == "无" ? "" : $"139{family:D8}",
                s + "父", $"138{family:D8}", places[family % places.Length], "陈" + given[family % given.Length], $"137{family:D8}", places[(family + 1) % places.Length],
                $"班主任{i % 6}{i / 6 % 7}", i % 4 == 0 ? $"帮扶教师{i % 17}" : "",
            ];
        }
    }

    private static ServiceProvider Build(string cs, StorageProvider provider)
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.Configure<StorageOptions>(o =>
        {
            o.Provider = provider;
            o.ConnectionString = cs;
        });
        services.AddArchiveServices();
        services.AddSingleton<ArchiveMigrator>();
        return services.BuildServiceProvider();
    }

    private static async Task<string> FreshPostgresDatabaseAsync(string admin, int run)
    {
        var name = $"lb_bench_roster_{run}_{Guid.NewGuid():n}"[..40];
        await using var conn = new Npgsql.NpgsqlConnection(admin);
        await conn.OpenAsync();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = $"CREATE DATABASE \"{name}\"";
        await cmd.ExecuteNonQueryAsync();
        return new Npgsql.NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    private static double Median(List<double> xs)
    {
        var s = xs.Order().ToList();
        return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2;
    }

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static int IntArg(string[] args, string name, int fallback) =>
        int.TryParse(Arg(args, name), CultureInfo.InvariantCulture, out var v) && v > 0 ? v : fallback;
}
