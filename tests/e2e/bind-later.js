// A family member binds after an emergency was raised and resolved while they had no chat: their mailbox must give
// them one "there was an emergency, it is resolved" notice, never an alert that looks open.
// usage: node bind-later.js <baseUrl> <userId> <inviteCode> <fragment>...   — waits for a message containing every
// fragment; prints one JSON line {ok, step, transcript}; exit code 0 only on success.
'use strict';
const { open } = require('./family-chat');

const [baseUrl, userId, code, ...fragments] = process.argv.slice(2);
const domain = baseUrl.replace(/\/$/, '') + '/v3/directline';
const transcript = [];
let step = 'start';
const deadline = setTimeout(() => finish(false, 'timeout'), 60000);

function finish(ok, reason) {
  clearTimeout(deadline);
  console.log(JSON.stringify({ ok, step, reason, transcript }));
  process.exit(ok ? 0 : 1);
}

async function main() {
  step = 'binds';
  const phone = await open(domain, userId, transcript);
  await phone.say(code);
  await phone.expect('绑定成功');
  step = 'the held mailbox arrives';
  await phone.until(t => t.some(l => l.startsWith(userId + ' <- ') && fragments.every(f => l.includes(f))), 'no message with ' + fragments.join(' + '));
  const open_ = transcript.filter(l => l.startsWith(userId + ' <- 【紧急'));
  if (open_.length) throw new Error('an open-looking alert arrived: ' + open_.join(' | '));
  phone.end();
  finish(true, 'done');
}

main().catch(e => finish(false, String(e && e.message || e)));
