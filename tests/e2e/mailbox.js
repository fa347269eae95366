// A letter to a guardian who has no chat yet, end to end through the real outbox and the built-in Direct Line: the
// father is told the grandfather will get it once he joins; the grandfather binds later and the letter arrives,
// exactly once.
// usage: node mailbox.js <baseUrl>   — prints one JSON line {ok, step, transcript}; exit code 0 only on success.
'use strict';
const { open } = require('./family-chat');

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

async function main() {
  step = 'father binds';
  const dad = await open(domain, 'e2e-mail-dad', transcript);
  await dad.say('BABA23');
  await dad.expect('绑定成功', '王建军');

  step = 'father writes a letter while the grandfather has no chat';
  await dad.say('我想给小明写封信');
  await dad.expect('两地书');
  await dad.say('1');
  await dad.expect('请开始写信');
  await dad.say('小明：爸爸下个月回来看你。');
  await dad.expect('收到');
  await dad.say('写好了');
  await dad.expect('给王小明的信');
  await dad.say('1');
  await dad.expect('信已经寄出', '王德福', '还没开通，开通后会收到');

  step = 'grandfather binds later and receives the held letter once';
  const grandpa = await open(domain, 'e2e-mail-grandpa', transcript);
  await grandpa.say('YEYE67');
  await grandpa.expect('绑定成功', '王德福');
  // The held letter arrives once, and after "绑定成功" and the menu (found playing: the mother's held mail came first,
  // before she was even told who she was bound as).
  await grandpa.until(t => t.some(l => l.startsWith('e2e-mail-grandpa <- 王建军给王小明写了一封两地书') && l.includes('爸爸下个月回来看你')),
    'the held letter never arrived');
  const mine = transcript.filter(l => l.startsWith('e2e-mail-grandpa <- '));
  const letterAt = mine.findIndex(l => l.includes('爸爸下个月回来看你'));
  const menuAt = mine.findIndex(l => l.includes('您要做什么'));
  if (menuAt < 0 || menuAt > letterAt) throw new Error('the held letter arrived before the binding\'s welcome and menu: ' + mine.join(' | '));
  // Then a round trip: the stream is in append order, so once the menu's reply is here every copy of the letter the
  // service had appended is here too (a later resend is dropped by the Direct Line outbox-key check).
  await grandpa.say('菜单');
  await grandpa.expect('您要做什么');
  const repeats = transcript.filter(l => l.startsWith('e2e-mail-grandpa <- ') && l.includes('爸爸下个月回来看你')).length;
  if (repeats !== 1) throw new Error('the letter arrived ' + repeats + ' times');
  dad.end();
  grandpa.end();
  finish(true, 'done');
}

main().catch(e => finish(false, String(e && e.message || e)));
