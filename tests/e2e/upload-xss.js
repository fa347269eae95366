// The stored-page takeover of issue #14, replayed in Debian's headless Chromium: a victim opens the Web Chat page (so
// the browser holds whatever the page keeps), then opens uploaded files on the same origin. Reports what the page kept
// in script-readable storage and, per file, every request the file caused and whether its script ran.
// usage: node upload-xss.js <baseUrl> <attachmentUrl>...
'use strict';
const { chromium } = require('playwright-core');
const fs = require('fs');
const os = require('os');
const path = require('path');

const [baseUrl, ...urls] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

async function main() {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 390, height: 844 },
    locale: 'zh-CN',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const result = { ok: true, storage: null, visits: [] };
  try {
    const page = context.pages()[0] || await context.newPage();
    await page.goto(baseUrl, { waitUntil: 'load', timeout: 60000 });
    await page.locator('[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input').first().waitFor({ state: 'visible', timeout: 60000 });
    result.storage = await page.evaluate(() => {
      const local = {};
      for (let i = 0; i < localStorage.length; i++) local[localStorage.key(i)] = localStorage.getItem(localStorage.key(i));
      const session = {};
      for (let i = 0; i < sessionStorage.length; i++) session[sessionStorage.key(i)] = sessionStorage.getItem(sessionStorage.key(i));
      return { local, session, cookie: document.cookie };
    });

    for (const url of urls) {
      const visit = { url, requests: [], title: null, ran: false, download: false };
      const tab = await context.newPage();
      tab.on('request', r => { if (r.url() !== url) visit.requests.push(r.method() + ' ' + r.url()); });
      tab.on('download', () => { visit.download = true; });
      try {
        await tab.goto(url, { waitUntil: 'load', timeout: 30000 });
      } catch (e) {
        if (!/Download is starting|net::ERR_ABORTED/.test(String(e && e.message))) throw e;
        visit.download = true;
      }
      // The payloads run synchronously while the page parses, so by 'load' they have run; one round trip to the page
      // flushes the events the browser sent before it.
      await tab.evaluate(() => 0).catch(() => {});
      visit.title = await tab.title().catch(() => null);
      visit.ran = visit.title === 'pwned';
      visit.requests = visit.requests.filter(r => !/favicon\.ico$/.test(r));
      if (visit.ran || visit.requests.length > 0) result.ok = false;
      result.visits.push(visit);
      await tab.close();
    }
    // The page may keep one thing a script can read: where to resume (#13), the conversation id and watermark, which
    // are worthless without the HttpOnly identity cookie. No token, no user id, nothing else.
    const local = Object.assign({}, result.storage.local);
    const resume = local['leftbehind.conversation'];
    delete local['leftbehind.conversation'];
    const resumeOk = resume === undefined || (() => { try { const r = JSON.parse(resume); return Object.keys(r).every(k => k === 'conversationId' || k === 'watermark'); } catch { return false; } })();
    if (Object.keys(local).length > 0 || !resumeOk || Object.keys(result.storage.session).length > 0 || result.storage.cookie) result.ok = false;
    console.log(JSON.stringify(result));
    process.exitCode = result.ok ? 0 : 1;
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().catch(e => { console.log(JSON.stringify({ ok: false, reason: String(e && e.message || e) })); process.exit(1); });
