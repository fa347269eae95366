// The page's only job: get a Direct Line token from this service and hand it to the official Web Chat. Who the user
// is lives in an HttpOnly cookie the server set; nothing about the user is kept in localStorage. Only the id of the
// conversation and how far it was read are kept, so a reload or a phone restart resumes the same conversation with
// its history (the server checks the conversation is this device's; a token alone is never kept).
(function () {
  'use strict';

  var status = document.getElementById('status');

  // The page's own words (title, header, the codes' list, the connection error) in the user's language, as Web Chat's
  // own (the send box's placeholder and buttons) follow the locale it is given: the browser's language at first, then
  // the language the bot answers in (the user said "English" or "中文"), kept for the next visit.
  var TEXTS = {
    'zh-CN': { title: '两地书 · 留守儿童家校助手', name: '两地书', tagline: '留守儿童家校助手', codes: '演示邀请码', chat: '聊天', failed: '连接失败，请刷新页面重试。' },
    'zh-TW': { title: '兩地書 · 留守兒童家校助手', name: '兩地書', tagline: '留守兒童家校助手', codes: '示範邀請碼', chat: '聊天', failed: '連線失敗，請重新整理頁面再試。' },
    'en-US': { title: 'Two-Places Letters · home–school helper', name: 'Two-Places Letters', tagline: 'Home–school helper for left-behind children', codes: 'Demo invite codes', chat: 'Chat', failed: 'Could not connect. Please reload the page.' }
  };
  var LOCALE_KEY = 'leftbehind.locale';

  // en, en-GB → en-US; zh-TW, zh-HK, zh-Hant → zh-TW; any other Chinese → zh-CN; anything else: none of ours.
  function pageLocale(tag) {
    var t = String(tag || '').toLowerCase();
    if (t.indexOf('en') === 0) return 'en-US';
    if (/^zh-(tw|hk|mo|hant)/.test(t)) return 'zh-TW';
    if (t.indexOf('zh') === 0) return 'zh-CN';
    return null;
  }

  function browserLocale() {
    var tags = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language]);
    for (var i = 0; i < tags.length; i++) {
      var found = pageLocale(tags[i]);
      if (found) return found;
    }
    return null;
  }

  function savedLocale() {
    try { return pageLocale(window.localStorage.getItem(LOCALE_KEY)); } catch (e) { return null; }
  }

  var locale = savedLocale() || browserLocale() || 'zh-CN';

  function applyChrome() {
    var t = TEXTS[locale];
    document.documentElement.lang = locale;
    document.title = t.title;
    document.querySelector('.bar h1').textContent = t.name;
    document.querySelector('.bar p').textContent = t.tagline;
    document.querySelector('#invite-codes summary').textContent = t.codes;
    document.getElementById('webchat').setAttribute('aria-label', t.chat);
    if (!status.hidden) status.textContent = t.failed;
  }
  applyChrome();

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
    status.textContent = TEXTS[locale].failed;
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

  var config = fetch('webchat/config', { credentials: 'same-origin' }).then(function (r) { return r.ok ? r.json() : { inviteCodes: [] }; });
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
        // A new conversation's greeting goes out when it starts, before the user has written: it is in the page's
        // language (the browser's, or the one kept from the last visit), which Direct Line passes with the start.
        else lineOptions.conversationStartProperties = { locale: locale };
        var directLine = window.WebChat.createDirectLine(lineOptions);
        saveConversation(t.conversationId, resumed ? earlier.watermark : null);
        directLine.activity$.subscribe(function () { saveConversation(t.conversationId, directLine.watermark); });
        directLine.connectionStatus$.subscribe(function (s) {
          // 4 = FailedToConnect: the conversation is gone after all; start a new one once.
          if (s === 4 && resumed) { forgetConversation(); window.location.reload(); }
        });
        var store = slipStore();
        function render() {
          window.WebChat.renderWebChat({
            directLine: directLine,
            userID: t.userId,
            store: store,
            locale: locale,
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
        }
        // The bot answers in the user's language: the page follows it (and keeps it for the next visit). Only once the
        // user has written: the greeting of a new conversation follows the page's language, not the other way round.
        var spoke = false;
        directLine.activity$.subscribe(function (a) {
          if (!a || a.type !== 'message' || !a.from) return;
          if (a.from.id === t.userId || a.from.role === 'user') { spoke = true; return; }
          if (!spoke) return;
          var said = pageLocale(a.locale);
          if (!said || said === locale) return;
          locale = said;
          try { window.localStorage.setItem(LOCALE_KEY, locale); } catch (e) { /* storage unavailable */ }
          applyChrome();
          render();
        });
        render();
        document.querySelector('#webchat input, #webchat textarea') && document.querySelector('#webchat input, #webchat textarea').focus();
      });
    })
    .catch(fail);
})();
