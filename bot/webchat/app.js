// The page's only job: get a Direct Line token from this service and hand it to the official Web Chat. Who the user
// is lives in an HttpOnly cookie the server set; nothing about the user is kept in localStorage.
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

  var config = fetch('webchat/config', { credentials: 'same-origin' }).then(function (r) { return r.ok ? r.json() : { locale: 'zh-CN', inviteCodes: [] }; });
  config.then(function (c) { showCodes(c.inviteCodes); }, function () { /* codes are a convenience */ });

  fetch('webchat/token', { method: 'POST', credentials: 'same-origin' })
    .then(function (r) { if (!r.ok) throw new Error('token ' + r.status); return r.json(); })
    .then(function (t) {
      var domain = window.location.origin + window.location.pathname.replace(/[^/]*$/, '') + 'v3/directline';
      return config.then(function (c) {
        window.WebChat.renderWebChat({
          directLine: window.WebChat.createDirectLine({ token: t.token, domain: domain, webSocket: true }),
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
            sendBoxHeight: 48
          }
        }, document.getElementById('webchat'));
        document.querySelector('#webchat input, #webchat textarea') && document.querySelector('#webchat input, #webchat textarea').focus();
      });
    })
    .catch(fail);
})();
