// 已读给孩子听 under the right letter, end to end through the real outbox and the built-in Direct Line: the mother and
// then the father write to 小明; the grandfather gets both letters, each with its 已读给王小明听 button, and taps the one
// under the OLDER letter (the mother's). The button's value carries that letter's id: the mother is told, the father
// is not; tapping the father's button afterwards tells the father, once.
// usage: node read-letter-button.js <baseUrl>   — prints one JSON line {ok, step, transcript}; exit code 0 only on success.
'use strict';
const { open } = require('./family-chat');

const [baseUrl] = process.argv.slice(2);
const domain = baseUrl.replace(/\/$/, '') + '/v3/directline';
const transcript = [];
let step = 'start';
const deadline = setTimeout(() => finish(false, 'timeout'), 150000);

function finish(ok, reason) {
  clearTimeout(deadline);
  console.log(JSON.stringify({ ok, step, reason, transcript }));
  process.exit(ok ? 0 : 1);
}

async function write(parent, text) {
  await parent.say('我想给小明写封信');
  await parent.expect('两地书');
  await parent.say('1');
  await parent.expect('请开始写信');
  await parent.say(text);
  await parent.expect('收到');
  await parent.say('写好了');
  await parent.expect('给王小明的信');
  await parent.say('1');
  await parent.expect('信已经寄出');
}

function button(activity) {
  const actions = (activity.suggestedActions || {}).actions || [];
  if (actions.length !== 1 || actions[0].title !== '已读给王小明听') throw new Error('no 已读给王小明听 button: ' + JSON.stringify(actions));
  return actions[0].value;
}

const told = who => transcript.filter(l => l.startsWith(who + ' <- 王德福已经把您')).length;

async function main() {
  step = 'everyone binds';
  const grandpa = await open(domain, 'e2e-btn-grandpa', transcript);
  await grandpa.say('YEYE67');
  await grandpa.expect('绑定成功', '王德福');
  const mum = await open(domain, 'e2e-btn-mum', transcript);
  await mum.say('MAMA45');
  await mum.expect('绑定成功', '刘丽');
  const dad = await open(domain, 'e2e-btn-dad', transcript);
  await dad.say('BABA23');
  await dad.expect('绑定成功', '王建军');

  step = 'the mother writes, then the father';
  await write(mum, '小明，妈妈给你织了一件毛衣。');
  const older = button(await grandpa.expect('刘丽给王小明写了一封两地书', '毛衣'));
  await write(dad, '小明，爸爸过年回家，给你带新书包。');
  const newer = button(await grandpa.expect('王建军给王小明写了一封两地书', '新书包'));
  if (typeof older !== 'string' || older === newer) throw new Error('the two buttons send the same value: ' + older + ' / ' + newer);

  step = 'the grandfather taps the button under the older letter';
  await grandpa.say(older);
  await grandpa.expect('记下了', '刘丽');
  await mum.expect('王德福已经把您', '读给王小明听了');

  step = 'then the button under the newer one';
  await grandpa.say(newer);
  await grandpa.expect('记下了', '王建军');
  await dad.expect('王德福已经把您', '读给王小明听了');
  if (told('e2e-btn-mum') !== 1 || told('e2e-btn-dad') !== 1) throw new Error('told mum ' + told('e2e-btn-mum') + ', dad ' + told('e2e-btn-dad') + ' times');
  grandpa.end();
  mum.end();
  dad.end();
  finish(true, 'done');
}

main().catch(e => finish(false, String(e && e.message || e)));
