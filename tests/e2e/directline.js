// Drives the official botframework-directlinejs client against the running service.
// usage: node directline.js <baseUrl> <websocket|polling>
// Prints one JSON line {ok, ...}; exit code 0 only when every step passed.
'use strict';
global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const [baseUrl, mode] = process.argv.slice(2);
const webSocket = mode !== 'polling';
const domain = baseUrl.replace(/\/$/, '') + '/v3/directline';
const deadline = setTimeout(() => finish(false, 'timeout'), 45000);
const log = [];

function finish(ok, reason, extra) {
  clearTimeout(deadline);
  console.log(JSON.stringify(Object.assign({ ok, reason, mode, log }, extra || {})));
  process.exit(ok ? 0 : 1);
}

function waitFor(dl, predicate, what) {
  return new Promise((resolve, reject) => {
    const seen = [];
    const sub = dl.activity$.subscribe({
      next: a => {
        seen.push(a);
        if (predicate(a, seen)) { sub.unsubscribe(); resolve(a); }
      },
      error: e => reject(e),
    });
    setTimeout(() => { sub.unsubscribe(); reject(new Error('no ' + what)); }, 20000);
  });
}

function post(dl, activity) {
  return new Promise((resolve, reject) => dl.postActivity(activity).subscribe({ next: resolve, error: reject }));
}

async function main() {
  // As a web site's back end does: generate a token with the Direct Line secret (LB_DIRECTLINE_SECRET), then start.
  const g = await fetch(domain + '/tokens/generate', { method: 'POST', headers: Object.assign({ 'content-type': 'application/json' }, process.env.LB_DIRECTLINE_SECRET ? { authorization: 'Bearer ' + process.env.LB_DIRECTLINE_SECRET } : {}), body: JSON.stringify({ user: { id: 'e2e-user-' + mode } }) });
  if (!g.ok) return finish(false, 'generate ' + g.status);
  const generated = await g.json();
  const dl = new DirectLine({ domain, webSocket, pollingInterval: 200, token: generated.token, conversationStartProperties: { locale: 'zh-CN' } });
  dl.connectionStatus$.subscribe(s => log.push('status:' + s));
  const user = { id: 'e2e-user-' + mode, name: 'E2E' };
  const clientActivityID = 'e2e-' + Date.now();
  const echoP = waitFor(dl, a => a.channelData && a.channelData.clientActivityID === clientActivityID && a.id, 'echo');
  const replyP = waitFor(dl, a => a.from && a.from.id !== user.id && a.replyToId, 'reply');
  const id = await post(dl, { type: 'message', from: user, text: '你好 e2e', locale: 'zh-CN', channelData: { clientActivityID } });
  if (!id || id === 'retry') return finish(false, 'post returned ' + id);
  const echo = await echoP;
  const reply = await replyP;
  log.push('echo:' + echo.id, 'reply:' + reply.id);
  const conversationId = dl.conversationId;
  const watermark = dl.watermark;
  dl.end();

  // The same user comes back with the token and watermark it had and must receive what it missed.
  const resume = new DirectLine({ domain, webSocket, pollingInterval: 200, token: dl.token, conversationId, watermark });
  const missedP = waitFor(resume, a => a.text === 'while away', 'missed message');
  // Something happens while the first client is away: a message into the same conversation through the REST API.
  const r = await fetch(domain + '/conversations/' + encodeURIComponent(conversationId) + '/activities', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer ' + dl.token },
    body: JSON.stringify({ type: 'message', from: user, text: 'while away' }),
  });
  if (!r.ok) return finish(false, 'rest post ' + r.status);
  const missed = await missedP;
  resume.end();
  finish(true, 'ok', { conversationId, echoId: echo.id, replyText: reply.text, missedId: missed.id });
}

main().catch(e => finish(false, String(e && e.message || e)));
