// A letter read later, end to end through the real outbox and the built-in Direct Line: the father writes while the
// grandfather has no chat; the grandfather binds, opens 看信 from his menu, reads the letter and says 已读给孩子听;
// the father is told and sees it in his letter history.
// usage: node read-letters.js <baseUrl>   — prints one JSON line {ok, step, transcript}; exit code 0 only on success.
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
  step = 'father binds and writes a letter';
  const dad = await open(domain, 'e2e-read-dad', transcript);
  await dad.say('BABA23');
  await dad.expect('绑定成功', '王建军');
  await dad.say('我想给小明写封信');
  await dad.expect('两地书');
  await dad.say('1');
  await dad.expect('请开始写信');
  await dad.say('小明：期末考试加油，爸爸给你寄了字典。');
  await dad.expect('收到');
  await dad.say('写好了');
  await dad.expect('给王小明的信');
  await dad.say('1');
  await dad.expect('信已经寄出');

  step = 'grandfather binds and reads the letter from his menu';
  const grandpa = await open(domain, 'e2e-read-grandpa', transcript);
  await grandpa.say('YEYE67');
  await grandpa.expect('绑定成功', '王德福');
  // The held letter may reach the client before or after the welcome of the binding turn.
  await grandpa.until(t => t.some(l => l.startsWith('e2e-read-grandpa <- 王建军给王小明写了一封两地书') && l.includes('期末考试加油')),
    'the held letter never arrived');
  await grandpa.say('看信');
  await grandpa.expect('看哪个孩子的信');
  await grandpa.say('1');
  await grandpa.expect('王建军写给王小明的信', '（第1封', '期末考试加油');
  const ask = await grandpa.expect('读给孩子听了吗');
  const buttons = ((ask.suggestedActions || {}).actions || []).map(a => a.title);
  if (buttons[0] !== '已读给孩子听') throw new Error('no 已读给孩子听 button: ' + JSON.stringify(buttons));
  await grandpa.say('1');
  await grandpa.expect('记下了', '王建军');

  step = 'father is told and sees it in his letter history';
  await dad.expect('王德福已经把您', '读给王小明听了');
  await dad.say('我想看看给小明的信');
  await dad.expect('两地书');
  await dad.say('2');
  await dad.expect('期末考试加油', '王德福已读给孩子听');
  dad.end();
  grandpa.end();
  finish(true, 'done');
}

main().catch(e => finish(false, String(e && e.message || e)));
