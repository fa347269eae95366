// The official botframework-directlinejs client shows a conversation's activities in the order they were stored:
// a reconnect replays the history (greeting, three questions and their answers) and a message posted while the replay
// is still being handed to the page comes after it, not in the middle. directlinejs hands a frame's activities out
// one timer tick apart, so this holds only when the stream sends one activity per frame.
// usage: node directline-order.js <baseUrl>   — prints one JSON line {ok, reason, order}; exit code 0 only on success.
'use strict';
global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');
const { DirectLine } = require('botframework-directlinejs');

const [baseUrl] = process.argv.slice(2);
const domain = baseUrl.replace(/\/$/, '') + '/v3/directline';
const deadline = setTimeout(() => finish(false, 'timeout'), 60000);
let order = [];

function finish(ok, reason) {
  clearTimeout(deadline);
  console.log(JSON.stringify({ ok, reason, order }));
  process.exit(ok ? 0 : 1);
}

const seqOf = id => Number(String(id).split('|')[1]);

async function call(method, path, token, body) {
  const r = await fetch(domain + path, { method, headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token }, body: body && JSON.stringify(body) });
  if (!r.ok) throw new Error(method + ' ' + path + ' ' + r.status);
  return r.json();
}

async function main() {
  const userId = 'order-user';
  const { token } = await call('POST', '/tokens/generate', process.env.LB_DIRECTLINE_SECRET || '', { user: { id: userId } });
  const { conversationId } = await call('POST', '/conversations', token, { user: { id: userId }, locale: 'zh-CN' });
  // Each POST answers after its turn, so the history is complete before the client connects.
  for (const text of ['你好', '帮助', '我没有邀请码']) {
    await call('POST', `/conversations/${conversationId}/activities`, token, { type: 'message', from: { id: userId }, text, locale: 'zh-CN' });
  }
  const history = (await call('GET', `/conversations/${conversationId}/activities`, token)).activities;

  const dl = new DirectLine({ domain, token, conversationId, webSocket: true });
  let posted = null;
  let postedId = null;
  dl.activity$.subscribe(a => {
    // Typing indicators are not stored and carry no sequence number.
    if (a.type === 'typing') return;
    order.push(seqOf(a.id));
    // The first replayed activity has reached the page: post now, while the rest of the replay is still on its way.
    if (!posted) {
      posted = new Promise((resolve, reject) => dl.postActivity({ type: 'message', from: { id: userId }, text: '怎么绑定', locale: 'zh-CN' }).subscribe({ next: resolve, error: reject }));
      posted.then(id => { postedId = id; check(); }, e => finish(false, 'post failed: ' + e));
    }
    check();
  });

  function check() {
    if (!postedId) return;
    const mine = seqOf(postedId);
    // Everything stored before, the message's echo and the bot's answer to it.
    if (order.length < history.length + 2 || !order.includes(mine) || !order.some(s => s > mine)) return;
    const expected = [...order].sort((x, y) => x - y);
    if (JSON.stringify(order) !== JSON.stringify(expected)) finish(false, 'activities shown out of stored order');
    else finish(true, 'in order');
  }
}

main().catch(e => finish(false, String(e && e.message || e)));
