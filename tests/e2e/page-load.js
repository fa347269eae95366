// Measures how fast the Web Chat page becomes usable on a slow mobile link: Debian's headless Chromium at 390x844,
// the network throttled by Chromium itself (default 1.6 Mbit/s down, 750 kbit/s up, 150 ms latency). Prints one
// JSON line: bytes transferred on the first load, and the time from navigation until the send box accepts input,
// cold (empty cache) and warm (a reload with the cache filled), as the median of the runs.
// usage: node page-load.js <baseUrl> [runs=3] [downKbit=1600] [latencyMs=150]
'use strict';
const { chromium } = require('playwright-core');
const fs = require('fs');
const os = require('os');
const path = require('path');

const [baseUrl, runsArg, downArg, latencyArg] = process.argv.slice(2);
const runs = Number(runsArg || 3);
const downKbit = Number(downArg || 1600);
const latency = Number(latencyArg || 150);
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const inputSelector = '[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input';

async function usableAfter(page, navigate) {
  const start = Date.now();
  await navigate();
  await page.waitForFunction(sel => {
    const box = document.querySelector(sel);
    return !!box && !box.disabled && box.offsetParent !== null;
  }, inputSelector, { timeout: 120000, polling: 20 });
  return Date.now() - start;
}

async function once() {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-pageload-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport: { width: 390, height: 844 },
    locale: 'zh-CN',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--disable-dev-shm-usage'],
  });
  try {
    const page = context.pages()[0] || await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency,
      downloadThroughput: downKbit * 1000 / 8,
      uploadThroughput: 750 * 1000 / 8,
    });
    let bytes = 0;
    cdp.on('Network.loadingFinished', e => { bytes += e.encodedDataLength; });
    const cold = await usableAfter(page, () => page.goto(baseUrl, { waitUntil: 'commit', timeout: 120000 }));
    const coldBytes = bytes;
    bytes = 0;
    const warm = await usableAfter(page, () => page.reload({ waitUntil: 'commit', timeout: 120000 }));
    return { cold, warm, coldBytes, warmBytes: bytes };
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main() {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await once());
  console.log(JSON.stringify({
    downKbit, latencyMs: latency, runs,
    coldMs: median(results.map(r => r.cold)),
    warmMs: median(results.map(r => r.warm)),
    firstLoadBytes: median(results.map(r => r.coldBytes)),
    reloadBytes: median(results.map(r => r.warmBytes)),
    each: results,
  }));
}

main().catch(e => { console.error(String(e && e.stack || e)); process.exit(1); });
