// The page's only job: get a Direct Line token from this service and hand it to the official Web Chat. Who the user
// is lives in an HttpOnly cookie the server set; nothing about the user is kept in localStorage. Only the id of the
// conversation and how far it was read are kept, so a reload or a phone restart resumes the same conversation with
// its history (the server checks the conversation is this device's; a token alone is never kept).
(function () {
  'use strict';

  var status = document.getElementById('status');

  function showCodes(codes) {
    if (!codes || !codes.length) return;
    var list = document.getElementById('invite-code-list');
    codes.forEach(function (c) {
      var li = document.createElement('li');
      var code = document.createElement('code');
      code.textContent = c.code;
      li.appendChild(code);
      if (c.description) li.appendChild(document.createTextNode(' ' + c.description));
      list.appendChild(li);
    });
    var box = document.getElementById('invite-codes');
    // Open on a wide screen; on a phone the chat keeps the room and the list is one tap away.
    box.open = window.matchMedia('(min-width: 700px)').matches;
    box.hidden = false;
  }

  function fail() {
    status.textContent = '连接失败，请刷新页面重试。';
    status.hidden = false;
  }

  // A slip's QR code opens this page with the invite code in the fragment (#code=...): it is sent as the first
  // message once connected, and taken out of the address bar at once so a shared or bookmarked link holds no code.
  var slipCode = (function () {
    var m = /(?:^#|&)code=([A-Za-z0-9-]{4,40})(?:&|$)/.exec(window.location.hash);
    if (!m) return null;
    try { window.history.replaceState(null, '', window.location.pathname + window.location.search); } catch (e) { window.location.hash = ''; }
    return m[1];
  })();

  function slipStore() {
    return window.WebChat.createStore({}, function (store) {
      return function (next) {
        return function (action) {
          var result = next(action);
          if (slipCode && action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
            var code = slipCode;
            slipCode = null;
            store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: code } });
          }
          return result;
        };
      };
    });
  }

  // Earlier versions kept the user id here; it was a password any script on the origin could read.
  try { window.localStorage.removeItem('leftbehind.userId'); } catch (e) { /* storage unavailable */ }

  var CONVERSATION_KEY = 'leftbehind.conversation';

  function savedConversation() {
    try {
      var saved = JSON.parse(window.localStorage.getItem(CONVERSATION_KEY) || 'null');
      return saved && typeof saved.conversationId === 'string' ? saved : null;
    } catch (e) { return null; }
  }

  function saveConversation(conversationId, watermark) {
    try {
      window.localStorage.setItem(CONVERSATION_KEY, JSON.stringify({ conversationId: conversationId, watermark: watermark || null }));
    } catch (e) { /* storage unavailable: the next load starts a new conversation */ }
  }

  function forgetConversation() {
    try { window.localStorage.removeItem(CONVERSATION_KEY); } catch (e) { /* storage unavailable */ }
  }

  var earlier = savedConversation();

  var config = fetch('webchat/config', { credentials: 'same-origin' }).then(function (r) { return r.ok ? r.json() : { locale: 'zh-CN', inviteCodes: [] }; });
  config.then(function (c) { showCodes(c.inviteCodes); }, function () { /* codes are a convenience */ });

  fetch('webchat/token', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ conversationId: earlier ? earlier.conversationId : null })
  })
    .then(function (r) { if (!r.ok) throw new Error('token ' + r.status); return r.json(); })
    .then(function (t) {
      var domain = window.location.origin + window.location.pathname.replace(/[^/]*$/, '') + 'v3/directline';
      return config.then(function (c) {
        // Resumed: reconnect to the same conversation from its start, so the earlier answers and what came while
        // away (a teacher's answer, an alert) are on screen again. The token is refreshed by Direct Line itself.
        var resumed = t.resumed === true && earlier && earlier.conversationId === t.conversationId;
        var lineOptions = { token: t.token, domain: domain, webSocket: true };
        if (resumed) lineOptions.conversationId = t.conversationId;
        var directLine = window.WebChat.createDirectLine(lineOptions);
        saveConversation(t.conversationId, resumed ? earlier.watermark : null);
        directLine.activity$.subscribe(function () { saveConversation(t.conversationId, directLine.watermark); });
        directLine.connectionStatus$.subscribe(function (s) {
          // 4 = FailedToConnect: the conversation is gone after all; start a new one once.
          if (s === 4 && resumed) { forgetConversation(); window.location.reload(); }
        });
        window.WebChat.renderWebChat({
          directLine: directLine,
          userID: t.userId,
          store: slipStore(),
          locale: (c && c.locale) || 'zh-CN',
          styleOptions: {
            rootHeight: '100%',
            bubbleBackground: '#ffffff',
            bubbleFromUserBackground: '#fbe3d6',
            bubbleMinHeight: 40,
            primaryFont: '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
            fontSizeSmall: '80%',
            suggestedActionLayout: 'flow',
            hideUploadButton: false,
            // The thumbnail is drawn in a Web Worker made from a blob: URL, which the page's policy (script-src 'self')
            // forbids; with it on, a photo never left the phone ("正在发送" for ever). The photo itself is sent whole.
            enableUploadThumbnail: false,
            sendBoxHeight: 48
          }
        }, document.getElementById('webchat'));
        document.querySelector('#webchat input, #webchat textarea') && document.querySelector('#webchat input, #webchat textarea').focus();
      });
    })
    .catch(fail);
})();
