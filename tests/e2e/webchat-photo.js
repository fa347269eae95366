// The Web Chat page in Debian's headless Chromium at 390x844: a paired teacher records a child's reply letter by
// photo, as she would on her phone — the paperclip, a picture, Send. Found playing: the page's policy stopped Web
// Chat from reading the picked file (connect-src without blob:) and its thumbnail worker (a blob: worker), so the
// photo stayed "正在发送" for ever and never reached the service. Passes when the service received the photo and
// answered after it, with no policy violation on the page.
// usage: node webchat-photo.js <baseUrl> <photo-file> [screenshot.png]   — prints one JSON line {ok, step, ...}
'use strict';
const { chromium } = require('playwright-core');
const fs = require('fs');
const os = require('os');
const path = require('path');

const [baseUrl, photo, screenshot] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
let step = 'start';

async function main() {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath, headless: true, viewport: { width: 390, height: 844 }, locale: 'zh-CN',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const violations = [];
  const uploads = [];
  const page = context.pages()[0] || await context.newPage();
  page.on('console', m => { if (/Content Security Policy/.test(m.text())) violations.push(m.text().slice(0, 200)); });
  page.on('response', r => { if (/\/upload(\?|$)/.test(r.url())) uploads.push(r.status()); });
  const bubbles = () => page.locator('.webchat__bubble:not(.webchat__bubble--from-user)').count();
  const box = page.locator('[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input').first();
  async function say(text) {
    const before = await bubbles();
    await box.fill(text);
    await box.press('Enter');
    await page.waitForFunction(n => document.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user)').length > n, before, { timeout: 60000 });
  }
  try {
    await page.goto(baseUrl, { waitUntil: 'load', timeout: 60000 });
    await box.waitFor({ state: 'visible', timeout: 60000 });
    await page.waitForFunction(() => document.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user)').length > 0, null, { timeout: 60000 });
    step = 'bind'; await say('BFJS56');
    step = 'menu'; await say('6');
    step = 'child'; await say('1');
    step = 'photo';
    const before = await bubbles();
    await page.locator('input[type=file]').first().setInputFiles(photo);
    await page.locator('button.webchat__send-button').last().click();
    // The service's answer to the photo (the confirmation of the reply letter) is the proof it arrived.
    await page.waitForFunction(n => document.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user)').length > n, before, { timeout: 60000 });
    step = 'settled';
    await page.waitForFunction(() => !/正在发送|Sending/.test(document.querySelector('#webchat').innerText), null, { timeout: 60000 });
    const text = await page.locator('#webchat').innerText();
    if (screenshot) await page.screenshot({ path: screenshot });
    const failed = /发送失败|Send failed/.test(text);
    const ok = !failed && violations.length === 0 && uploads.length > 0 && uploads.every(s => s < 300);
    console.log(JSON.stringify({ ok, step, uploads, violations, failed, last: text.slice(-200) }));
    process.exitCode = ok ? 0 : 1;
  } catch (e) {
    if (screenshot) await page.screenshot({ path: screenshot }).catch(() => {});
    console.log(JSON.stringify({ ok: false, step, uploads, violations, reason: String(e && e.message || e).slice(0, 300) }));
    process.exitCode = 1;
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

main();
