// An emergency's whole life seen by three clients, end to end through the real outbox and the built-in Direct Line:
// the grandfather raises it, the father and the head teacher get the alert with its details, the teacher
// acknowledges with 「收到」, the father's worried question reaches the others, and the grandfather's 「找到了」 closes
// it for everyone.
// usage: node emergency.js <baseUrl>   — prints one JSON line {ok, step, transcript}; exit code 0 only on success.
'use strict';
const { open } = require('./family-chat');

const [baseUrl] = process.argv.slice(2);
const domain = baseUrl.replace(/\/$/, '') + '/v3/directline';
const transcript = [];
let step = 'start';
const deadline = setTimeout(() => finish(false, 'timeout'), 120000);

function finish(ok, reason) {
  clearTimeout(deadline);
  console.log(JSON.stringify({ ok, step, reason, transcript }));
  process.exit(ok ? 0 : 1);
}

async function main() {
  step = 'three people bind';
  const dad = await open(domain, 'e2e-sos-dad', transcript);
  await dad.say('BABA23');
  await dad.expect('绑定成功', '王建军');
  const grandpa = await open(domain, 'e2e-sos-grandpa', transcript);
  await grandpa.say('YEYE67');
  await grandpa.expect('绑定成功', '王德福');
  const teacher = await open(domain, 'e2e-sos-teacher', transcript);
  await teacher.say('BZR789');
  await teacher.expect('绑定成功', '李红梅');

  step = 'grandfather raises';
  await grandpa.say('小明放学一直没回家，到处找不到');
  await grandpa.expect('已经通知', '王建军（爸爸）', '李红梅（班主任）');

  step = 'father and teacher are alerted with the details and the school number';
  const alert = await dad.expect('【紧急】王小明', '王德福（监护人）', '学校电话 0851-8888 1234', '「收到」');
  if (!(alert.suggestedActions && alert.suggestedActions.actions.some(a => a.title === '收到'))) throw new Error('the alert has no 收到 button');
  await teacher.expect('【紧急】王小明', '王德福（监护人）');

  step = 'teacher acknowledges with 收到';
  await teacher.say('收到');
  await teacher.expect('已确认收到（王小明）');
  await grandpa.expect('李红梅（班主任）已确认收到王小明的紧急情况');

  step = "father's worried question reaches everyone";
  await dad.say('怎么了？？严重吗 在哪个医院');
  await dad.expect('已转给', '王德福（监护人）', '李红梅（班主任）');
  await grandpa.expect('王建军（爸爸）：怎么了？？严重吗 在哪个医院');
  await teacher.expect('王建军（爸爸）：怎么了？？严重吗 在哪个医院');

  step = 'grandfather resolves';
  await grandpa.say('找到了 在同学家睡的 没事');
  await grandpa.expect('王小明的紧急情况已结束');
  await dad.expect('【已解决】', '找到了 在同学家睡的 没事');
  await teacher.expect('【已解决】', '找到了 在同学家睡的 没事');

  dad.end();
  grandpa.end();
  teacher.end();
  finish(true, 'done');
}

main().catch(e => finish(false, String(e && e.message || e)));
