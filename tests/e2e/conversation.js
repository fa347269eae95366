// The parent and teacher story through the real protocol, with the official botframework-directlinejs client:
// a parent binds with a demo code, asks "孩子这周上学了吗" and gets the week's attendance, asks the teacher a
// question; the paired teacher (another Direct Line conversation) binds, opens the inbox and answers; the parent
// receives the answer proactively in their own conversation.
// usage: node conversation.js <baseUrl>   — prints one JSON line {ok, step, transcript}; exit code 0 only on success.
'use strict';
const { open: openChat } = require('./family-chat');

const [baseUrl] = process.argv.slice(2);
const domain = baseUrl.replace(/\/$/, '') + '/v3/directline';
const transcript = [];
let step = 'start';
const deadline = setTimeout(() => finish(false, 'timeout'), 100000);

function finish(ok, reason) {
  clearTimeout(deadline);
  console.log(JSON.stringify({ ok, step, reason, transcript }));
  process.exit(ok ? 0 : 1);
}

// One phone on the official Direct Line client (family-chat.js), woken by each arriving activity.
const open = userId => openChat(domain, userId, transcript);

async function main() {
  step = 'parent binds';
  const parent = await open('e2e-parent');
  await parent.say('老师给了我一个邀请码 BABA23');
  await parent.expect('绑定成功', '王建军');
  await parent.expect('想办什么');

  step = 'parent asks this week\'s attendance';
  await parent.say('孩子这周上学了吗');
  await parent.expect('问哪个孩子');
  await parent.say('1');
  await parent.expect("王小明这周", "上学", "缺勤");

  step = 'parent asks the teacher';
  await parent.say('问老师');
  await parent.expect('问哪个孩子');
  await parent.say('王小明');
  await parent.expect('想问老师关于王小明的什么事');
  await parent.say('小明这周缺了一天课，是生病了吗？');
  await parent.expect('已经转给王芳老师');

  step = 'teacher binds and opens the inbox';
  const teacher = await open('e2e-teacher');
  await teacher.say('BFJS56');
  await teacher.expect('绑定成功', '王芳');
  await teacher.say('家长的问题');
  const inbox = (await teacher.expect('个问题等您回答')).text;
  const line = inbox.split('\n').find(l => l.includes('小明这周缺了一天课'));
  if (!line) throw new Error('question not in the inbox: ' + inbox);
  await teacher.say(line.split('.')[0].trim());
  await teacher.expect('小明这周缺了一天课，是生病了吗？');
  await teacher.say('1');
  await teacher.expect('请写下您的回答');
  await teacher.say('是感冒了，周三已经回来上课，精神很好。');
  await teacher.expect('已回答');

  step = 'parent receives the answer proactively';
  await parent.expect('王芳老师', '是感冒了，周三已经回来上课，精神很好。');
  parent.end();
  teacher.end();
  finish(true, 'done');
}

main().catch(e => finish(false, String(e && e.message || e)));
