using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Emergency;
using LeftBehind.Tests.Conversations;
using LeftBehind.Tests.Emergency;

namespace LeftBehind.Tests.Teacher;

public sealed class TeacherFlowTests : IAsyncLifetime
{
    private const string Menu = "老师您好，要做什么？\n1. 家长的问题\n2. 记考勤\n3. 写记录\n4. 记谈心\n5. 记家访\n6. 录入孩子回信\n7. 紧急情况\n8. 登记临时监护人\n9. 记五个一";
    private const string AttendanceAsk = "三年级(1)班 11月23日的考勤：全到就回「全到」，有缺勤就回「缺：张三 李四」。";
    private const string Actions = "\n1. 回答\n2. 转给班主任\n3. 关闭";
    private ConversationHarness _h = null!;

    public async Task InitializeAsync() => _h = await ConversationHarness.CreateFamilyAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task Teacher_sees_the_numbered_menu()
    {
        await _h.BindAsync(ConversationHarness.HeadTeacher, "li");
        await _h.Teacher("li").Flow().Send("你好").AssertReply(Menu).StartTestAsync();
    }

    [Fact]
    public async Task Head_teacher_records_all_present_in_one_message()
    {
        await _h.BindAsync(ConversationHarness.HeadTeacher, "li");
        await _h.Teacher("li").Flow()
            .Send("记考勤").AssertReply(AttendanceAsk)
            .Send("全到").AssertReply("已记录：三年级(1)班全到，共6人。")
            .StartTestAsync();
        Assert.Equal(AttendanceStatus.Present, await _h.StatusAsync("刘阳", _h.Today));
    }

    [Theory]
    [InlineData("缺：王小明 李思雨")]
    [InlineData("缺:王小明,李思雨")]
    [InlineData("缺勤：王小明、李思雨")]
    public async Task Head_teacher_records_absences_by_name(string message)
    {
        await _h.BindAsync(ConversationHarness.HeadTeacher, "li");
        await _h.Teacher("li").Flow()
            .Send("2").AssertReply(AttendanceAsk)
            .Send(message).AssertReply("已记录：三年级(1)班到4人，缺勤2人：王小明、李思雨。")
            .StartTestAsync();
        Assert.Equal(AttendanceStatus.Absent, await _h.StatusAsync("李思雨", _h.Today));
        Assert.Equal(AttendanceStatus.Present, await _h.StatusAsync("王小红", _h.Today));
    }

    [Theory]
    [InlineData("缺：王小明 刘阳（病假）")]
    [InlineData("缺：王小明（发烧），刘阳(事假)")]
    [InlineData("缺：王小明 (病) 刘阳")]
    public async Task Head_teacher_who_adds_the_reason_in_brackets_after_a_name_has_the_absence_recorded(string message)
    {
        // Played as 李红梅 at 390×844: "缺：王小明 刘阳（病假）" was refused with "这些名字不在本班：刘阳(病假".
        await _h.BindAsync(ConversationHarness.HeadTeacher, "li");
        await _h.Teacher("li").Flow()
            .Send("2").AssertReply(AttendanceAsk)
            .Send(message).AssertReply("已记录：三年级(1)班到4人，缺勤2人：王小明、刘阳。")
            .StartTestAsync();
        Assert.Equal(AttendanceStatus.Absent, await _h.StatusAsync("刘阳", _h.Today));
        Assert.Equal(AttendanceStatus.Absent, await _h.StatusAsync("王小明", _h.Today));
    }

    [Fact]
    public async Task A_second_absence_list_adds_to_the_day_and_never_marks_the_first_absent_child_present()
    {
        // Issue 12: "缺：王小明", then "缺：刘阳" silently overwrote 王小明's absence as present.
        await _h.BindAsync(ConversationHarness.HeadTeacher, "li");
        await _h.Teacher("li").Flow()
            .Send("2").AssertReply(AttendanceAsk)
            .Send("缺：王小明").AssertReply("已记录：三年级(1)班到5人，缺勤1人：王小明。")
            .StartTestAsync();
        await _h.Teacher("li").Flow()
            .Send("记考勤").AssertReply(AttendanceAsk)
            .Send("缺：刘阳").AssertReply("已记录：三年级(1)班到4人，缺勤2人：王小明、刘阳。")
            .StartTestAsync();
        Assert.Equal(AttendanceStatus.Absent, await _h.StatusAsync("王小明", _h.Today));
        Assert.Equal(AttendanceStatus.Absent, await _h.StatusAsync("刘阳", _h.Today));
        Assert.Equal(AttendanceStatus.Present, await _h.StatusAsync("王小红", _h.Today));

        // A correction is explicit.
        await _h.Teacher("li").Flow()
            .Send("记考勤").AssertReply(AttendanceAsk)
            .Send("改：王小明 到校").AssertReply("已改正：王小明到校。三年级(1)班今天到5人，缺勤1人：刘阳。")
            .StartTestAsync();
        Assert.Equal(AttendanceStatus.Present, await _h.StatusAsync("王小明", _h.Today));
        Assert.Equal(AttendanceStatus.Absent, await _h.StatusAsync("刘阳", _h.Today));
    }

    [Fact]
    public async Task An_absence_list_sent_at_the_menu_is_recorded_at_once_and_a_second_one_adds_to_it()
    {
        // Found writing the father's side of #12: the help says 「缺：张三 李四」 may be sent directly, but at the menu it
        // only opened the attendance question and the list was lost.
        await _h.BindAsync(ConversationHarness.HeadTeacher, "li");
        await _h.Teacher("li").Flow()
            .Send("缺：王小明").AssertReply("已记录：三年级(1)班到5人，缺勤1人：王小明。")
            .Send("缺：刘阳").AssertReply("已记录：三年级(1)班到4人，缺勤2人：王小明、刘阳。")
            .StartTestAsync();
        Assert.Equal(AttendanceStatus.Absent, await _h.StatusAsync("王小明", _h.Today));
        Assert.Equal(AttendanceStatus.Absent, await _h.StatusAsync("刘阳", _h.Today));
    }

    [Fact]
    public async Task Unknown_names_are_listed_back_nothing_is_written_and_the_corrected_list_is_accepted()
    {
        await _h.BindAsync(ConversationHarness.HeadTeacher, "li");
        await _h.Teacher("li").Flow()
            .Send("2").AssertReply(AttendanceAsk)
            .Send("缺：王小明 黄俊杰 张三").AssertReply("这些名字不在本班：黄俊杰、张三。\n考勤没有记录，请改好后再发一次。").AssertReply(AttendanceAsk)
            .Do(async () => Assert.Null(await _h.StatusAsync("王小明", _h.Today)))
            .Send("缺：王小明").AssertReply("已记录：三年级(1)班到5人，缺勤1人：王小明。")
            .StartTestAsync();
        Assert.Equal(AttendanceStatus.Absent, await _h.StatusAsync("王小明", _h.Today));
        Assert.Null(await _h.StatusAsync("黄俊杰", _h.Today));
    }

    [Fact]
    public async Task Attendance_message_in_another_shape_gets_the_format_explained()
    {
        await _h.BindAsync(ConversationHarness.HeadTeacher, "li");
        await _h.Teacher("li").Flow()
            .Send("2").AssertReply(AttendanceAsk)
            .Send("今天王小明好像没来吧我也不确定").AssertReply("没看懂。请回「全到」，或「缺：」后面写缺勤学生的名字；迟到的写「名字 迟到」。\n" + AttendanceAsk)
            .Send(new string('缺', 5000)).AssertReply("没看懂。请回「全到」，或「缺：」后面写缺勤学生的名字；迟到的写「名字 迟到」。\n" + AttendanceAsk)
            .StartTestAsync();
        Assert.Null(await _h.StatusAsync("王小明", _h.Today));
    }

    [Fact]
    public async Task Mentor_teacher_who_heads_no_class_cannot_record_class_attendance()
    {
        await _h.BindAsync(ConversationHarness.MentorTeacher, "wang");
        await _h.Teacher("wang").Flow()
            .Send("记考勤").AssertReply("您不是班主任，不能记全班考勤。")
            .StartTestAsync();
    }

    [Fact]
    public async Task Teacher_answers_a_question_and_the_parent_receives_it_in_their_own_conversation()
    {
        var father = await _h.BindAsync(ConversationHarness.Father, "baba");
        await _h.BindAsync(ConversationHarness.MentorTeacher, "wang");
        var question = Assert.Single(await _h.Get<IQuestionService>().InboxAsync(Actor.Teacher((await _h.FamilyAsync("王小明")).PairedTeacher!.Id)));
        await _h.Teacher("wang").Flow()
            .Send("家长的问题").AssertReply("有1个问题等您回答（紧急的在前）。回复数字查看：\n1. 王小明（11月22日）：老师您好，小明最近晚上作业要写到几点？爷爷说他常…")
            .Send("1").AssertReply("王小明的家长问：\n老师您好，小明最近晚上作业要写到几点？爷爷说他常常写到很晚。" + Actions)
            .Send("1").AssertReply("请写下您的回答，家长会直接收到。")
            .Send("一般九点前能写完，我会提醒他早点睡。").AssertReply("已回答，家长会收到。")
            .StartTestAsync();
        var sent = Assert.Single(_h.Messenger.To(father.PersonId));
        Assert.Equal($"answer:{question.Id}", sent.Key);
        Assert.EndsWith("答：一般九点前能写完，我会提醒他早点睡。", sent.Text);
        Assert.StartsWith("王芳老师回答了您关于王小明的问题。", sent.Text);
        Assert.Equal(QuestionStatus.Answered, (await _h.Get<IQuestionService>().GetAsync(Actor.Admin, question.Id))!.Status);
    }

    [Fact]
    public async Task Teacher_who_writes_the_answer_at_the_action_menu_is_asked_once_and_the_parent_receives_it()
    {
        // Played at 390×844: the paired teacher typed her answer where 1. 回答 / 2. 转给班主任 / 3. 关闭 waited and got "没有这个选项".
        var father = await _h.BindAsync(ConversationHarness.Father, "baba");
        await _h.BindAsync(ConversationHarness.MentorTeacher, "wang");
        var question = Assert.Single(await _h.Get<IQuestionService>().InboxAsync(Actor.Teacher((await _h.FamilyAsync("王小明")).PairedTeacher!.Id)));
        await _h.Teacher("wang").Flow()
            .Send("家长的问题").AssertReplyContains("有1个问题等您回答")
            .Send("1").AssertReply("王小明的家长问：\n老师您好，小明最近晚上作业要写到几点？爷爷说他常常写到很晚。" + Actions)
            .Send("数学作业基本都交了，就是计算粗心，让他每天多练十道口算").AssertReply("把这段话作为回答发给王小明的家长吗？\n问：老师您好，小明最近晚上作业要写到几点？爷爷说他常常写到很晚。\n答：「数学作业基本都交了，就是计算粗心，让他每天多练十道口算」")
            .Send("是").AssertReply("已回答，家长会收到。")
            .StartTestAsync();
        var sent = Assert.Single(_h.Messenger.To(father.PersonId));
        Assert.Equal($"answer:{question.Id}", sent.Key);
        Assert.EndsWith("答：数学作业基本都交了，就是计算粗心，让他每天多练十道口算", sent.Text);
    }

    [Fact]
    public async Task Teacher_who_writes_the_answer_at_the_list_of_questions_is_asked_once_and_the_parent_receives_it()
    {
        // Played at 390×844: the answer typed at "回复数字查看" opened the question and was dropped.
        var father = await _h.BindAsync(ConversationHarness.Father, "baba");
        await _h.BindAsync(ConversationHarness.MentorTeacher, "wang");
        await _h.Teacher("wang").Flow()
            .Send("1").AssertReplyContains("有1个问题等您回答")
            .Send("小明最近作业写得晚，我会跟他说说，九点前写完").AssertReply("把这段话作为回答发给王小明的家长吗？\n问：老师您好，小明最近晚上作业要写到几点？爷爷说他常常写到很晚。\n答：「小明最近作业写得晚，我会跟他说说，九点前写完」")
            .Send("是").AssertReply("已回答，家长会收到。")
            .StartTestAsync();
        Assert.EndsWith("答：小明最近作业写得晚，我会跟他说说，九点前写完", Assert.Single(_h.Messenger.To(father.PersonId)).Text);
    }

    [Fact]
    public async Task Teacher_who_declines_sending_her_written_answer_keeps_the_question_open()
    {
        var father = await _h.BindAsync(ConversationHarness.Father, "baba");
        await _h.BindAsync(ConversationHarness.MentorTeacher, "wang");
        var question = Assert.Single(await _h.Get<IQuestionService>().InboxAsync(Actor.Teacher((await _h.FamilyAsync("王小明")).PairedTeacher!.Id)));
        await _h.Teacher("wang").Flow()
            .Send("1").AssertReplyContains("有1个问题等您回答")
            .Send("1").AssertReplyContains("王小明的家长问")
            .Send("这个我还要问一下数学老师").AssertReplyContains("把这段话作为回答发给王小明的家长吗？")
            .Send("不").AssertReply("好的，没有发出。这个问题还在「家长的问题」里。")
            .StartTestAsync();
        Assert.Empty(_h.Messenger.To(father.PersonId));
        Assert.Equal(QuestionStatus.Open, (await _h.Get<IQuestionService>().GetAsync(Actor.Admin, question.Id))!.Status);
    }

    [Fact]
    public async Task Teacher_answering_a_question_closed_meanwhile_is_told_and_nothing_reaches_the_parent()
    {
        var father = await _h.BindAsync(ConversationHarness.Father, "baba");
        await _h.BindAsync(ConversationHarness.MentorTeacher, "wang");
        var questions = _h.Get<IQuestionService>();
        await _h.Teacher("wang").Flow()
            .Send("1").AssertReplyContains("有1个问题等您回答")
            .Send("1").AssertReplyContains("王小明的家长问")
            .Send("回答").AssertReply("请写下您的回答，家长会直接收到。")
            .Do(async () =>
            {
                var q = Assert.Single((await questions.ListForChildAsync(father.Actor, (await _h.ChildAsync("王小明")).Id))!);
                await questions.CloseAsync(father.Actor, q.Id);
            })
            .Send("九点前能写完。").AssertReply("这个问题已经关闭了，不能再回答。回答没有发出。")
            .StartTestAsync();
        Assert.Empty(_h.Messenger.To(father.PersonId));
    }

    [Fact]
    public async Task Head_teacher_who_hands_over_a_question_already_hers_is_told_it_stays_with_her()
    {
        // Played as 李红梅 at 390×844: the question 王芳 handed over offered her 转给班主任 again, and choosing it said
        // "已转给班主任。" although it stayed with her.
        await _h.BindAsync(ConversationHarness.HeadTeacher, "li");
        var family = await _h.FamilyAsync("王小明");
        var questions = _h.Get<IQuestionService>();
        var question = Assert.Single(await questions.InboxAsync(Actor.Teacher(family.PairedTeacher!.Id)));
        await questions.HandOverAsync(Actor.Teacher(family.PairedTeacher!.Id), question.Id);
        await _h.Teacher("li").Flow()
            .Send("1").AssertReplyContains("有1个问题等您回答")
            .Send("1").AssertReplyContains("王小明的家长问")
            .Send("2").AssertReply("您就是王小明的班主任，问题还在您这里，请回答或关闭。")
            .Send("1").AssertReplyContains("有1个问题等您回答")
            .StartTestAsync();
        Assert.Empty(_h.Messenger.To(family.HeadTeacher!.Id));
        Assert.Equal(family.HeadTeacher!.Id, (await questions.GetAsync(Actor.Admin, question.Id))!.AssignedTeacherId);
    }

    [Fact]
    public async Task Teacher_who_writes_the_note_where_its_category_is_asked_keeps_it_and_is_not_asked_for_it_again()
    {
        // Played as 李红梅 at 390×844: the note typed at "属于哪一类？" got "没有这个选项" and was lost.
        await _h.BindAsync(ConversationHarness.HeadTeacher, "li");
        const string Categories = "\n1. 学习\n2. 行为\n3. 情绪\n4. 健康\n5. 安全";
        await _h.Teacher("li").Flow()
            .Send("3").AssertReplyContains("写哪个学生的记录？")
            .Send("王小明").AssertReply("属于哪一类？" + Categories)
            .Send("今天上课很认真，学习主动举手回答问题").AssertReply("您写的内容先记下了。属于哪一类？" + Categories)
            .Send("1").AssertReplyContains("谁可以看？")
            .Send("1").AssertReply("记录已保存（学习，家长可以看）。")
            .StartTestAsync();
        var note = (await _h.Get<INoteService>().GetAsync(Actor.Admin, (await _h.ChildAsync("王小明")).Id))!.Items[0];
        Assert.Equal("今天上课很认真，学习主动举手回答问题", note.Text);
        Assert.Equal(NoteCategory.Study, note.Category);
    }

    [Fact]
    public async Task Teacher_hands_a_question_over_and_the_head_teacher_is_told()
    {
        await _h.BindAsync(ConversationHarness.MentorTeacher, "wang");
        var head = (await _h.FamilyAsync("王小明")).HeadTeacher!;
        await _h.Teacher("wang").Flow()
            .Send("1").AssertReplyContains("有1个问题等您回答")
            .Send("1").AssertReplyContains("王小明的家长问")
            .Send("2").AssertReply("已转给班主任。")
            .Send("1").AssertReply("现在没有待回答的问题。")
            .StartTestAsync();
        Assert.StartsWith("一个家长的问题转给您了（王小明）", Assert.Single(_h.Messenger.To(head.Id)).Text);
        Assert.Single(await _h.Get<IQuestionService>().InboxAsync(Actor.Teacher(head.Id)));
    }

    [Fact]
    public async Task Teacher_closes_a_question_and_the_inbox_is_empty()
    {
        await _h.BindAsync(ConversationHarness.MentorTeacher, "wang");
        await _h.Teacher("wang").Flow()
            .Send("1").AssertReplyContains("有1个问题等您回答")
            .Send("1").AssertReplyContains("王小明的家长问")
            .Send("关闭").AssertReply("问题已关闭。")
            .Send("1").AssertReply("现在没有待回答的问题。")
            .StartTestAsync();
    }

    [Fact]
    public async Task Urgent_questions_come_first_in_the_inbox()
    {
        var mother = await _h.BindAsync(ConversationHarness.Mother, "mama");
        await _h.BindAsync(ConversationHarness.MentorTeacher, "wang");
        await _h.Get<IQuestionService>().AskAsync(mother.Actor, (await _h.ChildAsync("王小红")).Id, "小红说有同学欺负她，请老师看一下", urgent: true);
        await _h.Teacher("wang").Flow()
            .Send("1").AssertReply(a => a.Text!.Split('\n') is [_, var first, var second]
                && first.StartsWith("1. 【急】王小红", StringComparison.Ordinal) && second.StartsWith("2. 王小明", StringComparison.Ordinal), "urgent first, then the oldest")
            .StartTestAsync();
    }

    [Fact]
    public async Task Teacher_writes_a_staff_only_safety_note_that_parents_do_not_see()
    {
        var father = await _h.BindAsync(ConversationHarness.Father, "baba");
        await _h.BindAsync(ConversationHarness.HeadTeacher, "li");
        var ming = await _h.ChildAsync("王小明");
        await _h.Teacher("li").Flow()
            .Send("写记录").AssertReply("写哪个学生的记录？\n1. 王小明\n2. 王小红\n3. 李思雨\n4. 张浩然\n5. 刘阳\n6. 赵欣怡")
            .Send("王小明").AssertReply("属于哪一类？\n1. 学习\n2. 行为\n3. 情绪\n4. 健康\n5. 安全")
            .Send("5").AssertReply("谁可以看？\n1. 家长可以看\n2. 只给老师看")
            .Send("2").AssertReply("请写记录内容。")
            .Send("放学后在河边玩，已提醒爷爷接送。").AssertReply("记录已保存（安全，只给老师看）。")
            .StartTestAsync();
        var staff = await _h.Get<INoteService>().GetAsync(Actor.Admin, ming.Id, NoteCategory.Safety);
        Assert.Contains(staff!.Items, n => n.Text == "放学后在河边玩，已提醒爷爷接送。" && n.Visibility == NoteVisibility.StaffOnly);
        var parents = await _h.Get<INoteService>().GetAsync(father.Actor, ming.Id, NoteCategory.Safety);
        Assert.DoesNotContain(parents!.Items, n => n.Text.StartsWith("放学后在河边玩", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Menu_item_4_is_the_weekly_talk_of_the_paired_children()
    {
        await _h.BindAsync(ConversationHarness.MentorTeacher, "wang");
        await _h.Teacher("wang").Flow()
            .Send("4").AssertReply("记哪个孩子这周的谈心？\n1. 王小明\n2. 王小红\n3. 刘阳")
            .Send("3").AssertReplyContains("刘阳这周的学习怎么样？")
            .StartTestAsync();
    }

    [Fact]
    public async Task Menu_item_5_records_a_home_visit_with_what_was_found()
    {
        await _h.BindAsync(ConversationHarness.MentorTeacher, "wang");
        var yang = await _h.ChildAsync("刘阳");
        await _h.Teacher("wang").Flow()
            .Send("5").AssertReply("记哪个孩子的家访？\n1. 王小明\n2. 王小红\n3. 刘阳")
            .Send("3").AssertReply("哪天去刘阳家家访的？（比如：今天、12月3日）")
            .Send("今天").AssertReplyContains("刘阳家的住房安全怎么样？")
            .Send("1121").AssertReply("用一句话记下看到的情况。")
            .Send("外公照顾细心，刘阳说周末一个人在家有点害怕。").AssertReply("已记好：刘阳的家访（11月23日）。")
            .StartTestAsync();
        var visit = Assert.Single(await _h.Get<ICareService>().GetHomeVisitsAsync(Actor.Admin, yang.Id));
        Assert.Equal((TalkMark.Fair, "外公照顾细心，刘阳说周末一个人在家有点害怕。"), (visit.StudyPlace, visit.Note));
    }

    [Fact]
    public async Task Teacher_cannot_pick_a_child_outside_their_classes_and_learns_nothing_about_it()
    {
        await _h.BindAsync(ConversationHarness.MentorTeacher, "wang");
        var huang = await _h.ChildAsync("黄俊杰");
        await _h.Teacher("wang").Flow()
            .Send("写记录").AssertReply("写哪个学生的记录？\n1. 王小明\n2. 王小红\n3. 刘阳")
            .Send("黄俊杰").AssertReply("没有这个选项，请回复 1 到 3 的数字。\n写哪个学生的记录？\n1. 王小明\n2. 王小红\n3. 刘阳")
            .StartTestAsync();
        await _h.Client(_h.Get<RaiseEmergencyDialog>(), "wang", options: new RaiseEmergencyOptions("孩子不见了", huang.Id)).Flow()
            .Send("紧急").AssertReply("是哪个孩子？\n1. 王小明\n2. 王小红\n3. 刘阳")
            .StartTestAsync();
        Assert.Empty(await _h.Get<IEmergencyService>().UnacknowledgedAsync());
    }

    [Fact]
    public async Task Teacher_enters_a_photographed_reply_letter_and_each_parent_receives_the_photo()
    {
        await _h.BindAsync(ConversationHarness.MentorTeacher, "wang");
        var family = await _h.FamilyAsync("刘阳");
        var client = _h.Teacher("wang");
        await client.Flow()
            .Send("录入孩子回信").AssertReplyContains("是哪个学生的回信？")
            .Send("刘阳").AssertReply("请发孩子的回信：可以打字，也可以拍照发来。")
            .Send(ConversationHarness.Photo(client)).AssertReply("回信已收好，孩子爸妈会收到。")
            .StartTestAsync();
        foreach (var parent in family.Parents)
        {
            var sent = Assert.Single(_h.Messenger.To(parent.Id));
            Assert.Equal("刘阳给您回信了，请看照片。", sent.Text);
            Assert.Equal("https://files.invalid/letter.jpg", Assert.Single(sent.Activity.Attachments!).ContentUrl);
        }
        var letters = await _h.Get<ILetterService>().ListAsync(Actor.Admin, family.ChildId);
        Assert.Contains(letters!, l => l.Direction == LetterDirection.FromChild && l.PhotoUrl == "https://files.invalid/letter.jpg");
    }

    [Fact]
    public async Task Sticker_instead_of_an_answer_asks_for_text_and_5000_characters_are_refused()
    {
        await _h.BindAsync(ConversationHarness.MentorTeacher, "wang");
        var client = _h.Teacher("wang");
        await client.Flow()
            .Send("1").AssertReplyContains("有1个问题等您回答")
            .Send("1").AssertReplyContains("王小明的家长问")
            .Send("1").AssertReply("请写下您的回答，家长会直接收到。")
            .Send(ConversationHarness.Photo(client)).AssertReply("请用文字回复。\n请写下您的回答，家长会直接收到。")
            .Send(new string('好', 5000)).AssertReply("内容太长了，请控制在 1000 个字以内。\n请写下您的回答，家长会直接收到。")
            .StartTestAsync();
        Assert.Empty(_h.Messenger.Sent);
    }

    [Fact]
    public async Task Teacher_records_attendance_in_traditional_chinese()
    {
        await _h.BindAsync(ConversationHarness.HeadTeacher, "li");
        await _h.Teacher("li", "zh-TW").Flow()
            .Send("記考勤").AssertReply("三年级(1)班 11月23日的考勤：全到就回「全到」，有缺勤就回「缺：張三 李四」。")
            .Send("缺：李思雨").AssertReply("已記錄：三年级(1)班到5人，缺勤1人：李思雨。")
            .StartTestAsync();
    }

    [Fact]
    public async Task Teacher_records_attendance_and_answers_in_english()
    {
        var father = await _h.BindAsync(ConversationHarness.Father, "baba");
        await _h.BindAsync(ConversationHarness.MentorTeacher, "wang");
        await _h.BindAsync(ConversationHarness.HeadTeacher, "li");
        await _h.Teacher("li", "en-US").Flow()
            .Send("Record attendance").AssertReply("三年级(1)班, Nov 23: reply \"all present\", or \"absent: A, B\" with the names of those missing.")
            .Send("all present").AssertReply("Recorded: 三年级(1)班, all 6 present.")
            .StartTestAsync();
        await _h.Teacher("wang", "en-US").Flow()
            .Send("Parents' questions").AssertReplyContains("1 questions are waiting")
            .Send("1").AssertReplyContains("\n1. Answer\n2. Hand over to the head teacher\n3. Close")
            .Send("1").AssertReply("Please write your answer; the parent will receive it directly.")
            .Send("He usually finishes by nine.").AssertReply("Answered; the parent will receive it.")
            .StartTestAsync();
        Assert.EndsWith("答：He usually finishes by nine.", Assert.Single(_h.Messenger.To(father.PersonId)).Text);
    }
}
