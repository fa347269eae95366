// The child's handwritten reply letter, end to end through the real outbox and the built-in Direct Line: the
// grandfather photographs the letter and sends it from his phone; the father's client receives a real image
// attachment, downloads its URL and gets exactly the bytes that were uploaded.
// usage: node reply-letter.js <baseUrl>   — prints one JSON line {ok, step, transcript}; exit code 0 only on success.
'use strict';
const crypto = require('crypto');
const { open } = require('./family-chat');

const [baseUrl] = process.argv.slice(2);
const domain = baseUrl.replace(/\/$/, '') + '/v3/directline';
const transcript = [];
let step = 'start';
const deadline = setTimeout(() => finish(false, 'timeout'), 100000);

function finish(ok, reason, extra) {
  clearTimeout(deadline);
  console.log(JSON.stringify(Object.assign({ ok, step, reason, transcript }, extra || {})));
  process.exit(ok ? 0 : 1);
}

// A small real PNG (8x8, random pixels in a raw IDAT would need zlib; a valid 1x1 PNG plus random trailing bytes in a
// tEXt chunk keeps it a valid image and makes every run's bytes different).
function photo() {
  const head = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
  const text = crypto.randomBytes(64).toString('hex');
  const data = Buffer.concat([Buffer.from('tEXt'), Buffer.from('Comment\0' + text)]);
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length - 4);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(data));
  const idat = Buffer.from('0000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');
  return Buffer.concat([head, len, data, crc, idat]);
}

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

async function main() {
  step = 'father binds';
  const dad = await open(domain, 'e2e-dad', transcript);
  await dad.say('BABA23');
  await dad.expect('绑定成功', '王建军');

  step = 'grandfather binds';
  const grandpa = await open(domain, 'e2e-grandpa', transcript);
  await grandpa.say('YEYE67');
  await grandpa.expect('绑定成功', '王德福');

  step = 'grandfather sends the photo of the reply letter';
  await grandpa.say('孩子回信');
  await grandpa.expect('哪个');
  await grandpa.say('王小明');
  await grandpa.expect('请发孩子的回信');
  const bytes = photo();
  await grandpa.upload(bytes, 'image/png', 'letter.png');
  await grandpa.expect('回信已收好');

  step = 'father receives the photo';
  const letter = await dad.expect('王小明给您回信了');
  const image = (letter.attachments || []).find(a => (a.contentType || '').startsWith('image/'));
  if (!image || !image.contentUrl) throw new Error('the letter arrived without an image attachment: ' + JSON.stringify(letter));
  const r = await fetch(image.contentUrl);
  if (!r.ok) throw new Error('download ' + r.status);
  const got = Buffer.from(await r.arrayBuffer());
  if (!got.equals(bytes)) throw new Error('downloaded ' + got.length + ' bytes differ from the ' + bytes.length + ' uploaded');
  dad.end();
  grandpa.end();
  finish(true, 'done', { contentType: image.contentType, bytes: got.length, sha256: crypto.createHash('sha256').update(got).digest('hex') });
}

main().catch(e => finish(false, String(e && e.message || e)));
