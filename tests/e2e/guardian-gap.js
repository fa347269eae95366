// No child left alone (#20 item 4) through the real protocol and the real outbox: the grandfather says grandma is in
// hospital; the head teacher and the mother (their own Direct Line conversations) are told at once; the mother names
// the temporary guardian in her chat and the head teacher hears of it.
// usage: node guardian-gap.js <baseUrl>   — prints one JSON line {ok, step, transcript}; exit code 0 only on success.
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
  step = 'grandpa, head teacher and mum bind';
  const grandpa = await open('e2e-yeye');
  await grandpa.say('YEYE67');
  await grandpa.expect('绑定成功', '王德福');
  const head = await open('e2e-li');
  await head.say('BZR789');
  await head.expect('绑定成功', '李红梅');
  const mum = await open('e2e-mum');
  await mum.say('MAMA45');
  await mum.expect('绑定成功', '刘丽');

  step = 'grandpa says grandma is in hospital';
  await grandpa.say('奶奶昨晚突然中风，现在在县医院');
  await grandpa.expect('已告诉', '李红梅（班主任）', '刘丽（妈妈）');

  step = 'head teacher and mum are told at once';
  await head.expect('【需要关注】王小明的监护人暂时不能照顾孩子');
  await mum.expect('【请安排临时监护人】', '王小明', '24小时内');

  step = 'mum names the temporary guardian for both flagged children';
  await mum.say('临时监护人');
  await mum.expect('王小明、王小红的临时监护人叫什么名字');
  await mum.say('王桂芳');
  await mum.expect('是孩子的什么人');
  await mum.say('姑姑');
  await mum.expect('电话是多少');
  await mum.say('没有');
  await mum.expect('已登记：王小明、王小红的临时监护人是王桂芳（姑姑）');

  step = 'head teacher hears the guardian is recorded, once for both children';
  await head.expect('王小明、王小红的临时监护人已登记：王桂芳（姑姑），电话未留');
  grandpa.end();
  head.end();
  mum.end();
  finish(true, 'done');
}

main().catch(e => finish(false, String(e && e.message || e)));
