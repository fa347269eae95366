#!/usr/bin/env python3
"""Writes dialogs/Flows/Resources/CareStrings{,.zh-TW,.en}.resx from the table below (one place for all three languages)."""
import os
from xml.sax.saxutils import escape

S = [
 # Guardian gap (#20 item 4)
 ("GapStaffAlert", "【需要关注】{0}的监护人暂时不能照顾孩子。{1}说：“{2}”\n已请家长24小时内定好临时监护人；登记前，{0}标记为无人监护。",
  "【需要關注】{0}的監護人暫時不能照顧孩子。{1}說：「{2}」\n已請家長24小時內定好臨時監護人；登記前，{0}標記為無人監護。",
  "[Attention] {0}'s guardian cannot look after the child for now. {1} wrote: \"{2}\"\nThe parents were asked to name a temporary guardian within 24 hours; until then {0} is flagged as without a guardian."),
 ("GapParentAsk", "【请安排临时监护人】{1}说：“{2}”\n{0}现在需要有人照顾。请您在24小时内定好临时监护人，回复「临时监护人」告诉学校。",
  "【請安排臨時監護人】{1}說：「{2}」\n{0}現在需要有人照顧。請您在24小時內定好臨時監護人，回覆「臨時監護人」告訴學校。",
  "[Please arrange a temporary guardian] {1} wrote: \"{2}\"\n{0} needs someone to look after them now. Please name a temporary guardian within 24 hours: reply \"temporary guardian\" to tell the school."),
 ("GuardianButton", "临时监护人", "臨時監護人", "temporary guardian"),
 ("GuardianCommands", "临时监护人|登记监护人|委托监护人|登记临时监护人|监护人登记", "臨時監護人|登記監護人|委託監護人|登記臨時監護人", "temporary guardian|record guardian|entrusted guardian"),
 ("GapToldGuardian", "已告诉{0}，学校会帮忙安排。", "已告訴{0}，學校會幫忙安排。", "{0} have been told; the school will help."),
 ("GapToldGuardianLater", "已告诉{0}；{1}还没开通，请您打电话告诉他们。", "已告訴{0}；{1}還沒開通，請您打電話告訴他們。", "{0} have been told; {1} are not on the chat yet, please phone them."),
 ("GapNobodyGuardian", "老师和孩子爸妈还没开通，请您马上打电话告诉他们。", "老師和孩子爸媽還沒開通，請您馬上打電話告訴他們。", "The teacher and parents are not on the chat yet; please phone them now."),
 ("GapToldParent", "已告诉{0}。请您在24小时内定好临时监护人，回复「临时监护人」登记。", "已告訴{0}。請您在24小時內定好臨時監護人，回覆「臨時監護人」登記。", "{0} have been told. Please name a temporary guardian within 24 hours: reply \"temporary guardian\"."),
 ("GapToldStaff", "已告诉{0}，并请家长24小时内定好临时监护人。", "已告訴{0}，並請家長24小時內定好臨時監護人。", "{0} have been told, and the parents asked to name a temporary guardian within 24 hours."),
 ("GapLater", "{0}还没开通，请打电话告诉他们。", "{0}還沒開通，請打電話告訴他們。", "{0} are not on the chat yet; please phone them."),
 ("GapNobody", "家长和班主任还没开通，请马上打电话告诉他们。", "家長和班主任還沒開通，請馬上打電話告訴他們。", "The parents and head teacher are not on the chat yet; please phone them now."),
 ("GapAlreadyOpen", "学校已经知道了，正在等孩子爸妈定临时监护人。", "學校已經知道了，正在等孩子爸媽定臨時監護人。", "The school already knows and is waiting for the parents to name a temporary guardian."),
 ("GapWhichChild", "是哪个学生的监护人不能照顾了？", "是哪個學生的監護人不能照顧了？", "Which pupil's guardian cannot look after them?"),
 # Recording the entrusted guardian (Art. 23)
 ("GuardianWhichChild", "给哪个孩子登记临时监护人？", "給哪個孩子登記臨時監護人？", "Which child is the temporary guardian for?"),
 ("GuardianAskName", "{0}的临时监护人叫什么名字？", "{0}的臨時監護人叫什麼名字？", "What is the name of {0}'s temporary guardian?"),
 ("GuardianAskRelation", "{0}是孩子的什么人？（比如：姑姑、舅舅、邻居）", "{0}是孩子的什麼人？（比如：姑姑、舅舅、鄰居）", "How is {0} related to the child? (e.g. aunt, uncle, neighbour)"),
 ("GuardianAskPhone", "{0}的电话是多少？没有请回复「没有」。", "{0}的電話是多少？沒有請回覆「沒有」。", "What is {0}'s phone number? Reply \"none\" if there is none."),
 ("GuardianNoPhoneWords", "没有|无|不知道|跳过|没", "沒有|無|不知道|跳過|沒", "none|no|skip|don't know"),
 ("GuardianBadPhone", "电话号码不对，请再发一次，或回复「没有」。", "電話號碼不對，請再發一次，或回覆「沒有」。", "That phone number does not look right; send it again or reply \"none\"."),
 ("GuardianNameTooLong", "名字太长了，请只写名字。", "名字太長了，請只寫名字。", "That is too long; please send just the name."),
 ("GuardianAskHow", "家长是怎么告诉学校的？", "家長是怎麼告訴學校的？", "How did the parents tell the school?"),
 ("How_Written", "书面", "書面", "in writing"),
 ("How_Phone", "电话", "電話", "by phone"),
 ("How_InPerson", "当面", "當面", "in person"),
 ("How_Chat", "在聊天中", "在聊天中", "in this chat"),
 ("GuardianAskDate", "家长是哪天告诉学校的？（比如：今天、12月3日）", "家長是哪天告訴學校的？（比如：今天、12月3日）", "On which day did the parents tell the school? (e.g. today, 3 December)"),
 ("GuardianBadDate", "没看懂日期，请回复比如「今天」或「12月3日」。", "沒看懂日期，請回覆比如「今天」或「12月3日」。", "I could not read that date; reply e.g. \"today\" or \"3 December\"."),
 ("GuardianSaved", "已登记：{0}的临时监护人是{1}（{2}）；家长{3}{4}告知学校。", "已登記：{0}的臨時監護人是{1}（{2}）；家長{3}{4}告知學校。", "Recorded: {0}'s temporary guardian is {1} ({2}); the parents told the school {4} on {3}."),
 ("GuardianToHead", "{0}的临时监护人已登记：{1}（{2}），电话{3}；家长{4}{5}告知学校。", "{0}的臨時監護人已登記：{1}（{2}），電話{3}；家長{4}{5}告知學校。", "{0}'s temporary guardian is recorded: {1} ({2}), phone {3}; the parents told the school {5} on {4}."),
 ("NoPhone", "未留", "未留", "none given"),
 ("GuardianNotAllowed", "临时监护人由孩子爸妈或老师登记。", "臨時監護人由孩子爸媽或老師登記。", "The temporary guardian is recorded by the child's parents or a teacher."),
 ("DateFormat", "M月d日", "M月d日", "d MMMM"),
 # Weekly talk (#20 item 1)
 ("TalkWhichChild", "记哪个孩子这周的谈心？", "記哪個孩子這週的談心？", "Which child's weekly talk?"),
 ("TalkAsk", "{0}这周的{1}怎么样？", "{0}這週的{1}怎麼樣？", "How was {0}'s {1} this week?"),
 ("Aspect_Study", "学习", "學習", "study"),
 ("Aspect_Life", "生活", "生活", "daily life"),
 ("Aspect_Mood", "情绪", "情緒", "mood"),
 ("Aspect_Friends", "交友", "交友", "friendships"),
 ("Aspect_Health", "身体", "身體", "health"),
 ("Mark_Good", "好", "好", "good"),
 ("Mark_Fair", "一般", "一般", "so-so"),
 ("Mark_NeedsCare", "需要关心", "需要關心", "needs care"),
 ("TalkAllHint", "（也可以一次回5个数字，比如 11213）", "（也可以一次回5個數字，比如 11213）", "(or all five at once, e.g. 11213)"),
 ("TalkBadMark", "请回复 1 好、2 一般、3 需要关心。", "請回覆 1 好、2 一般、3 需要關心。", "Please reply 1 good, 2 so-so or 3 needs care."),
 ("TalkAskNote", "用一句话说说{0}这周的情况。", "用一句話說說{0}這週的情況。", "In one sentence, how was {0}'s week?"),
 ("TalkPreview", "发给家长的话：\n{0}\n要发给家长吗？", "發給家長的話：\n{0}\n要發給家長嗎？", "The line for the parents:\n{0}\nSend it to the parents?"),
 ("TalkSend", "发给家长", "發給家長", "Send"),
 ("TalkHold", "这次先不发", "這次先不發", "Hold it back"),
 ("TalkSaved", "谈心已记好，已发给家长。", "談心已記好，已發給家長。", "Talk recorded and sent to the parents."),
 ("TalkSavedLater", "谈心已记好；{0}还没开通，开通后会收到。", "談心已記好；{0}還沒開通，開通後會收到。", "Talk recorded; {0} are not on the chat yet and will get it when they join."),
 ("TalkSavedHeld", "谈心已记好，这次没有发给家长。", "談心已記好，這次沒有發給家長。", "Talk recorded; nothing was sent to the parents this time."),
 ("TalkSavedNoParents", "谈心已记好。没有登记孩子爸妈，没有发出。", "談心已記好。沒有登記孩子爸媽，沒有發出。", "Talk recorded. No parents are on record, so nothing was sent."),
 ("TalkConcernRaised", "{0}：{1}，已告诉{2}，请在{3}前跟进。", "{0}：{1}，已告訴{2}，請在{3}前跟進。", "{0}: {1}; {2} have been told. Please follow up by {3}."),
 ("TalkConcernNobody", "{0}：{1}，请在{2}前约谈孩子并回访家长（学校还没有设心理老师）。", "{0}：{1}，請在{2}前約談孩子並回訪家長（學校還沒有設心理老師）。", "{0}: {1}. Please talk with the child and call the parents by {2} (the school has no counsellor set up yet)."),
 ("TalkConcernNobodyNow", "{0}：{1}，请在{2}前跟进；{3}还没开通，请打电话告诉他们。", "{0}：{1}，請在{2}前跟進；{3}還沒開通，請打電話告訴他們。", "{0}: {1}. Please follow up by {2}; {3} are not on the chat yet, please phone them."),
 ("TalkConcernAlert", "【需要关心】{0}：{1}。{2}老师记的谈心：“{3}”\n请在{4}前约谈孩子并回访家长。", "【需要關心】{0}：{1}。{2}老師記的談心：「{3}」\n請在{4}前約談孩子並回訪家長。", "[Needs care] {0}: {1}. {2}'s weekly talk note: \"{3}\"\nPlease talk with the child and call the parents by {4}."),
 ("Reason_mood-twice", "情绪连续两周需要关心", "情緒連續兩週需要關心", "mood needed care two weeks running"),
 ("Reason_friends-twice", "交友连续两周需要关心", "交友連續兩週需要關心", "friendships needed care two weeks running"),
 ("Reason_note", "谈心记录里有值得重视的情况", "談心記錄裡有值得重視的情況", "the talk note is worrying"),
 ("DueFormat", "M月d日HH:mm", "M月d日HH:mm", "d MMM HH:mm"),
 ("LineTitle", "【每周谈心】", "【每週談心】", "[This week]"),
 ("LineAllGood", "{0}这周各方面都挺好。", "{0}這週各方面都挺好。", "{0} had a good week all round."),
 ("LineGood", "{0}这周{1}都不错。", "{0}這週{1}都不錯。", "{0} did well this week in {1}."),
 ("LineSteady", "{0}这周过得平平稳稳。", "{0}這週過得平平穩穩。", "{0} had a steady week."),
 ("LineCare", "老师会多关心{0}的{1}。", "老師會多關心{0}的{1}。", "The teacher will keep an extra eye on {0}'s {1}."),
 ("LineNote", "{0}老师说：“{1}”", "{0}老師說：「{1}」", "{0} says: \"{1}\""),
 ("LineCall", "有空给孩子打个电话，问问这周最开心的事吧。", "有空給孩子打個電話，問問這週最開心的事吧。", "When you can, call and ask about the best moment of the week."),
 ("ListSeparator", "、", "、", ", "),
 ("TalkNoPaired", "您还没有结对的孩子，请联系学校。", "您還沒有結對的孩子，請聯繫學校。", "You have no paired children yet; please contact the school."),
]

def write(path, col):
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<root>\n')
        f.write('  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>\n')
        f.write('  <resheader name="version"><value>2.0</value></resheader>\n')
        f.write('  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>\n')
        f.write('  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>\n')
        for row in S:
            f.write(f'  <data name="{row[0]}" xml:space="preserve"><value>{escape(row[col])}</value></data>\n')
        f.write('</root>')

here = os.path.join(os.path.dirname(__file__), "..", "dialogs", "Flows", "Resources")
write(os.path.join(here, "CareStrings.resx"), 1)
write(os.path.join(here, "CareStrings.zh-TW.resx"), 2)
write(os.path.join(here, "CareStrings.en.resx"), 3)
