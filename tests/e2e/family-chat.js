// One family member's phone on the official botframework-directlinejs client: say(), expect() a bot message
// containing fragments, upload() a file as Web Chat does. Shared by the trust drivers (reply-letter.js, mailbox.js).
'use strict';
global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');
const { DirectLine } = require('botframework-directlinejs');

async function open(domain, userId, transcript) {
  const g = await fetch(domain + '/tokens/generate', { method: 'POST', headers: Object.assign({ 'content-type': 'application/json' }, process.env.LB_DIRECTLINE_SECRET ? { authorization: 'Bearer ' + process.env.LB_DIRECTLINE_SECRET } : {}), body: JSON.stringify({ user: { id: userId } }) });
  if (!g.ok) throw new Error('generate ' + g.status);
  const { token } = await g.json();
  const dl = new DirectLine({ domain, token, webSocket: true });
  const user = { id: userId, name: userId };
  const inbox = [];
  const waiters = [];
  // Resolves with check()'s first defined answer, checking again on every activity this phone receives.
  function arrival(check, what) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => { off(); reject(new Error(userId + ': ' + what)); }, 30000);
      const off = () => { clearTimeout(timer); const i = waiters.indexOf(look); if (i >= 0) waiters.splice(i, 1); };
      function look() {
        const found = check();
        if (found === undefined) { waiters.push(look); return; }
        off();
        resolve(found);
      }
      look();
    });
  }
  dl.activity$.subscribe(a => {
    if (a.type !== 'message' || !a.from || a.from.id === userId) return;
    transcript.push(userId + ' <- ' + a.text + (a.attachments && a.attachments.length ? ' [' + a.attachments.map(x => x.contentType).join(', ') + ']' : ''));
    inbox.push(a);
    for (const w of waiters.splice(0)) w();
  });
  return {
    async say(text) {
      transcript.push(userId + ' -> ' + text);
      await new Promise((resolve, reject) => dl.postActivity({ type: 'message', from: user, text, locale: 'zh-CN' }).subscribe({ next: resolve, error: reject }));
    },
    // Waits for a bot message whose text contains every fragment; earlier messages are consumed. Returns the activity.
    // Woken by each arriving activity; the 30 s deadline only ends a hung run.
    async expect(...fragments) {
      return arrival(() => {
        while (inbox.length) {
          const a = inbox.shift();
          if (fragments.every(f => (a.text || '').includes(f))) return a;
        }
        return undefined;
      }, 'no reply containing ' + fragments.join(' + '));
    },
    // Waits until the shared transcript satisfies the predicate, woken by each arriving activity.
    async until(predicate, what) {
      return arrival(() => (predicate(transcript) ? true : undefined), what);
    },
    // What Web Chat does for a picked photo: a multipart upload to the conversation.
    async upload(bytes, contentType, name) {
      transcript.push(userId + ' -> [upload ' + contentType + ' ' + bytes.length + ' bytes]');
      const form = new FormData();
      form.append('file', new Blob([bytes], { type: contentType }), name);
      form.append('activity', new Blob([JSON.stringify({ type: 'message', from: user, locale: 'zh-CN' })], { type: 'application/vnd.microsoft.activity' }));
      const r = await fetch(domain + '/conversations/' + dl.conversationId + '/upload?userId=' + encodeURIComponent(userId),
        { method: 'POST', headers: { authorization: 'Bearer ' + dl.token }, body: form });
      if (!r.ok) throw new Error('upload ' + r.status + ' ' + await r.text());
    },
    end: () => dl.end(),
  };
}

module.exports = { open };
