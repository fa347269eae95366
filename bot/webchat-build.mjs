// Builds the Web Chat page for serving: the page's own files from webchat/ plus botframework-webchat's minimal
// bundle (the page uses no Adaptive Cards and no speech, so the full 3.9 MB bundle would be dead weight on a village
// connection). Every asset but index.html gets a content hash in its name, so it can be cached for a year, and a
// Brotli and a gzip copy next to it, so the server never compresses per request.
// usage: node webchat-build.mjs <sourceDir> <webchatBundle> <outDir>
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const [sourceDir, bundle, outDir] = process.argv.slice(2);
if (!sourceDir || !bundle || !outDir) {
  console.error('usage: node webchat-build.mjs <sourceDir> <webchatBundle> <outDir>');
  process.exit(2);
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(join(outDir, 'lib'), { recursive: true });

function write(relative, bytes) {
  const path = join(outDir, relative);
  writeFileSync(path, bytes);
  writeFileSync(path + '.br', brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }));
  writeFileSync(path + '.gz', gzipSync(bytes, { level: 9 }));
}

function hashed(relative, bytes) {
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  const ext = extname(relative);
  const name = relative.slice(0, -ext.length) + '.' + hash + ext;
  write(name, bytes);
  return name;
}

// The names index.html refers to, mapped to their hashed names.
const names = new Map();
names.set('lib/webchat.js', hashed('lib/webchat.js', readFileSync(bundle)));
for (const file of readdirSync(sourceDir)) {
  if (file === 'index.html') continue;
  names.set(file, hashed(file, readFileSync(join(sourceDir, file))));
}

let html = readFileSync(join(sourceDir, 'index.html'), 'utf8');
for (const [plain, withHash] of names) {
  html = html.replaceAll(`"${plain}"`, `"${withHash}"`);
}
for (const plain of names.keys()) {
  if (!html.includes(`"${names.get(plain)}"`)) {
    console.error(`index.html does not refer to ${plain}`);
    process.exit(1);
  }
}
write('index.html', Buffer.from(html, 'utf8'));
console.log(`webchat page built in ${basename(outDir)}: ${[...names.values()].join(', ')}`);
