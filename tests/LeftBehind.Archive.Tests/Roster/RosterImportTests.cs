using LeftBehind.Archive.Demo;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Roster;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Tests.Archive;

public sealed class RosterImportTests
{
    public static TheoryData<string, string> EncodingsAndProviders() => new()
    {
        { "utf8", "Sqlite" }, { "utf8bom", "Sqlite" }, { "gb18030", "Sqlite" }, { "xlsx", "Sqlite" },
        { "gb18030", "Postgres" }, { "xlsx", "Postgres" },
    };

    [Theory]
    [MemberData(nameof(EncodingsAndProviders))]
    public async Task Roster_files_in_every_encoding_schools_use_are_imported_with_Chinese_intact(string kind, string provider)
    {
        await using var h = await ArchiveHarness.CreateAsync(provider);
        var csv = RosterFiles.Csv();
        var bytes = kind switch
        {
            "utf8" => RosterFiles.Utf8(csv),
            "utf8bom" => RosterFiles.Utf8Bom(csv),
            "gb18030" => RosterFiles.Gb18030(csv),
            _ => RosterFiles.Xlsx(),
        };
        var result = await h.Get<IRosterImporter>().ImportAsync(new MemoryStream(bytes), dryRun: false);

        Assert.Equal(RosterImportOutcome.Ok, result.Outcome);
        Assert.Empty(result.Errors);
        Assert.Equal(12, result.Imported);
        await using var db = h.Db();
        var ming = await db.Children.Include(c => c.Class).Include(c => c.Family).ThenInclude(f => f.Person).SingleAsync(c => c.StudentNumber == "2023001");
        Assert.Equal("王小明", ming.Name);
        Assert.Equal("三年级(1)班", ming.Class!.Name);
        Assert.Equal(GuardianRelation.Grandparents, ming.GuardianRelation);
        Assert.Equal(new DateOnly(2017, 3, 12), ming.BirthDate);
        Assert.Equal("王德福", ming.Family.Single(f => f.Role == FamilyRole.Guardian).Person!.Name);
        Assert.Equal("广东深圳", ming.Family.Single(f => f.Role == FamilyRole.Father).Person!.Workplace);
        // Siblings share their parents: one father record for 王小明 and 王小红.
        Assert.Equal(1, await db.Persons.CountAsync(p => p.Name == "王建军"));
        Assert.Equal(4, await db.Persons.CountAsync(p => p.Kind == PersonKind.Teacher));
        var lonely = await db.Children.Include(c => c.Family).SingleAsync(c => c.StudentNumber == "2023005");
        Assert.Equal(GuardianRelation.None, lonely.GuardianRelation);
        Assert.DoesNotContain(lonely.Family, f => f.Role == FamilyRole.Guardian);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task A_file_with_five_kinds_of_bad_rows_reports_them_all_and_writes_nothing(string provider)
    {
        await using var h = await ArchiveHarness.CreateAsync(provider);
        var r = DemoData.Roster;
        var rows = new[]
        {
            r[0],
            RosterFiles.With(r[1], "监护人电话", "1390731"),
            RosterFiles.With(r[2], "监护人关系", "邻居"),
            RosterFiles.With(r[3], "学号", "2023001"),
            RosterFiles.With(r[4], "学生姓名", ""),
            RosterFiles.With(r[5], "出生日期", "2017-02-30"),
            r[6],
        };
        var result = await h.Get<IRosterImporter>().ImportAsync(new MemoryStream(RosterFiles.Utf8(RosterFiles.Csv(rows))), dryRun: false);

        Assert.Equal(RosterImportOutcome.InvalidRows, result.Outcome);
        Assert.Equal(0, result.Imported);
        var errors = result.Errors.Select(e => (e.Row, e.Column)).ToList();
        Assert.Equal([(3, "监护人电话"), (4, "监护人关系"), (5, "学号"), (6, "学生姓名"), (7, "出生日期")], errors);
        Assert.Contains("11 位手机号", result.Errors[0].Message);
        Assert.Contains("邻居", result.Errors[1].Message);
        Assert.Contains("第 2 行重复", result.Errors[2].Message);
        Assert.Contains("不能为空", result.Errors[3].Message);
        Assert.Contains("不是有效的日期", result.Errors[4].Message);
        await using var db = h.Db();
        Assert.Equal(0, await db.Children.CountAsync());
        Assert.Equal(0, await db.Persons.CountAsync());
        Assert.Equal(0, await db.Schools.CountAsync());
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Reimporting_the_same_roster_updates_and_never_duplicates(string provider)
    {
        await using var h = await ArchiveHarness.CreateAsync(provider);
        var importer = h.Get<IRosterImporter>();
        await importer.ImportAsync(new MemoryStream(RosterFiles.Utf8(RosterFiles.Csv())), false);
        int persons, links;
        await using (var db = h.Db())
        {
            persons = await db.Persons.CountAsync();
            links = await db.FamilyLinks.CountAsync();
        }
        var changed = DemoData.Roster.Select(x => x).ToArray();
        // The father of both siblings has a new phone number (both rows say so).
        changed[0] = RosterFiles.With(changed[0], "父亲电话", "13900009999");
        changed[1] = RosterFiles.With(changed[1], "父亲电话", "13900009999");
        var again = await importer.ImportAsync(new MemoryStream(RosterFiles.Gb18030(RosterFiles.Csv(changed))), false);

        Assert.Equal(RosterImportOutcome.Ok, again.Outcome);
        Assert.Equal(0, again.Imported);
        Assert.Equal(12, again.Updated);
        await using var after = h.Db();
        Assert.Equal(12, await after.Children.CountAsync());
        Assert.Equal(2, await after.Classes.CountAsync());
        Assert.Equal(links, await after.FamilyLinks.CountAsync());
        // The father's new number is a change to the same person, not a second father.
        Assert.Equal(persons, await after.Persons.CountAsync());
        var fatherOfMing = await after.FamilyLinks.Where(f => f.Child!.StudentNumber == "2023001" && f.Role == FamilyRole.Father).Select(f => f.Person!.Phone).SingleAsync();
        Assert.Equal("13900009999", fatherOfMing);
    }

    [Fact]
    public async Task A_school_sheet_with_its_序号_and_备注_columns_is_imported_and_those_columns_are_left_out()
    {
        // Found playing the school admin at 390×844: the class's Excel sheet (saved as GBK .csv) had 序号 first and 备注
        // last, as school sheets do; the preview said 备注's content would not be imported, then imported nothing at all.
        await using var h = await ArchiveHarness.CreateAsync("Sqlite");
        var headers = new[] { "序号" }.Concat(RosterCsv.Headers).Append("备注").ToArray();
        var rows = DemoData.Roster.Select((r, i) => (IReadOnlyList<string>)new[] { (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) }.Concat(r).Append(i == 0 ? "爷爷耳背，打电话要大声" : "").ToArray());
        var result = await h.Get<IRosterImporter>().ImportAsync(new MemoryStream(RosterFiles.Gb18030(RosterCsv.Build(rows, headers))), false);

        Assert.Empty(result.Errors);
        Assert.Equal(RosterImportOutcome.Ok, result.Outcome);
        Assert.Equal(12, result.Imported);
        await using var db = h.Db();
        Assert.Equal("王小明", (await db.Children.SingleAsync(c => c.StudentNumber == "2023001")).Name);
    }

    [Fact]
    public async Task A_column_the_clerk_misspelled_is_still_named_and_nothing_is_imported()
    {
        await using var h = await ArchiveHarness.CreateAsync("Sqlite");
        var headers = RosterCsv.Headers.Select(x => x == "监护人电话" ? "监护电话" : x).ToArray();
        var result = await h.Get<IRosterImporter>().ImportAsync(new MemoryStream(RosterFiles.Gb18030(RosterCsv.Build(DemoData.Roster, headers))), false);

        Assert.Equal(0, result.Imported);
        Assert.Contains(result.Errors, e => e.Column == "监护电话");
    }

    [Theory]
    [InlineData("三年级（1）班")]
    [InlineData("三年级（１）班")]
    [InlineData("三年级 (1) 班")]
    public async Task A_class_typed_with_full_width_brackets_by_a_Chinese_input_method_is_the_same_class_not_a_second_one(string typed)
    {
        // Found playing the school admin at 390×844: a GBK .csv from Excel with 三年级（1）班 (the input method's brackets)
        // made a second 三年级（1）班 beside 三年级(1)班 in 家庭档案, its new pupil away from the class's own.
        await using var h = await ArchiveHarness.CreateAsync("Sqlite");
        var importer = h.Get<IRosterImporter>();
        await importer.ImportAsync(new MemoryStream(RosterFiles.Utf8(RosterFiles.Csv())), false);
        var pupil = RosterFiles.With(RosterFiles.With(RosterFiles.With(DemoData.Roster[2], "学号", "2023101"), "学生姓名", "陈小花"), "班级", typed);
        var again = await importer.ImportAsync(new MemoryStream(RosterFiles.Gb18030(RosterFiles.Csv([DemoData.Roster[0], pupil]))), false);

        Assert.Equal(RosterImportOutcome.Ok, again.Outcome);
        await using var db = h.Db();
        Assert.Equal(2, await db.Classes.CountAsync());
        var hua = await db.Children.Include(c => c.Class).SingleAsync(c => c.StudentNumber == "2023101");
        Assert.Equal("三年级(1)班", hua.Class!.Name);
    }

    [Fact]
    public async Task Mobile_numbers_written_in_groups_or_in_full_width_digits_are_imported_as_their_eleven_digits()
    {
        // Found importing a GBK .csv the way a school keeps it: 138-0000-1006 was refused as not a phone number.
        await using var h = await ArchiveHarness.CreateAsync("Sqlite");
        var changed = DemoData.Roster.Select(x => x).ToArray();
        changed[0] = RosterFiles.With(RosterFiles.With(changed[0], "父亲电话", "139-0000-9999"), "母亲电话", "+86 138.0000.2222");
        changed[1] = RosterFiles.With(RosterFiles.With(changed[1], "父亲电话", "139-0000-9999"), "母亲电话", "+86 138.0000.2222");
        changed[2] = RosterFiles.With(changed[2], "监护人电话", "１３９０７３１０００３");
        changed[3] = RosterFiles.With(changed[3], "监护人电话", "0731-84123456");
        var result = await h.Get<IRosterImporter>().ImportAsync(new MemoryStream(RosterFiles.Gb18030(RosterFiles.Csv(changed))), false);

        Assert.Empty(result.Errors);
        Assert.Equal(RosterImportOutcome.Ok, result.Outcome);
        await using var db = h.Db();
        string PhoneOf(string number, FamilyRole role) =>
            db.FamilyLinks.Where(f => f.Child!.StudentNumber == number && f.Role == role).Select(f => f.Person!.Phone).Single()!;
        Assert.Equal("13900009999", PhoneOf("2023001", FamilyRole.Father));
        Assert.Equal("13800002222", PhoneOf("2023001", FamilyRole.Mother));
        Assert.Equal("13907310003", PhoneOf("2023003", FamilyRole.Guardian));
        Assert.Equal("0731-84123456", PhoneOf("2023004", FamilyRole.Guardian));
    }

    [Fact]
    public async Task Dry_run_validates_and_counts_but_writes_nothing()
    {
        await using var h = await ArchiveHarness.CreateAsync("Sqlite");
        var result = await h.Get<IRosterImporter>().ImportAsync(new MemoryStream(RosterFiles.Utf8(RosterFiles.Csv())), dryRun: true);

        Assert.Equal(RosterImportOutcome.Ok, result.Outcome);
        Assert.True(result.DryRun);
        Assert.Equal(12, result.Imported);
        await using var db = h.Db();
        Assert.Equal(0, await db.Children.CountAsync());
        Assert.Equal(0, await db.Schools.CountAsync());
    }

    [Fact]
    public async Task English_header_aliases_are_accepted()
    {
        await using var h = await ArchiveHarness.CreateAsync("Sqlite");
        string[] english = ["School", "Class", "student_number", "Name", "Gender", "Birth Date", "left_behind_type", "Guardian Name", "guardian_relation", "Guardian Phone",
            "Father Name", "Father Phone", "Father Workplace", "Mother Name", "Mother Phone", "Mother Workplace", "Head Teacher", "Paired Teacher"];
        var result = await h.Get<IRosterImporter>().ImportAsync(new MemoryStream(RosterFiles.Utf8(RosterCsv.Build(DemoData.Roster, english))), false);
        Assert.Equal(RosterImportOutcome.Ok, result.Outcome);
        Assert.Equal(12, result.Imported);
    }

    [Theory]
    [InlineData("")]
    [InlineData("png")]
    [InlineData("noheader")]
    [InlineData("missing")]
    [InlineData("headeronly")]
    [InlineData("brokenxlsx")]
    public async Task Unusable_files_are_refused_with_a_Chinese_explanation(string kind)
    {
        await using var h = await ArchiveHarness.CreateAsync("Sqlite");
        byte[] bytes = kind switch
        {
            "" => [],
            "png" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52],
            "noheader" => RosterFiles.Utf8("张三,李四,王五\r\n1,2,3\r\n"),
            "missing" => RosterFiles.Utf8("学校,班级,学生姓名\r\n希望小学,一班,张三\r\n"),
            "headeronly" => RosterFiles.Utf8(string.Join(',', RosterCsv.Headers) + "\r\n"),
            _ => [(byte)'P', (byte)'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8],
        };
        var result = await h.Get<IRosterImporter>().ImportAsync(new MemoryStream(bytes), false);

        Assert.Equal(RosterImportOutcome.BadFile, result.Outcome);
        var message = Assert.Single(result.Errors.Take(1)).Message;
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", message);
        if (kind == "missing") Assert.Contains(result.Errors, e => e.Column == "学号");
        await using var db = h.Db();
        Assert.Equal(0, await db.Children.CountAsync());
    }
}
