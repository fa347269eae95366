// WeChat message encryption by an independent implementation (the npm package wechat-crypto), for the C# tests to
// check ours against: encrypt here and decrypt there, and back.
// usage: node wechat-crypto.js encrypt <token> <encodingAESKey> <appId> <timestamp> <nonce> <message>
//          -> {"encrypt":..., "signature":...}   (signature = msg_signature over token, timestamp, nonce, encrypt)
//        node wechat-crypto.js decrypt <token> <encodingAESKey> <appId> <timestamp> <nonce> <encrypt> <msgSignature>
//          -> {"signatureOk":true|false, "message":..., "id":...}
'use strict';
const WXBizMsgCrypt = require('wechat-crypto');

const [mode, token, key, appId, timestamp, nonce, text, signature] = process.argv.slice(2);
const crypto = new WXBizMsgCrypt(token, key, appId);
if (mode === 'encrypt') {
  const encrypt = crypto.encrypt(text);
  console.log(JSON.stringify({ encrypt, signature: crypto.getSignature(timestamp, nonce, encrypt) }));
} else if (mode === 'decrypt') {
  const ok = crypto.getSignature(timestamp, nonce, text) === signature;
  const { message, id } = crypto.decrypt(text);
  console.log(JSON.stringify({ signatureOk: ok, message, id }));
} else {
  console.error('mode must be encrypt or decrypt');
  process.exit(2);
}
