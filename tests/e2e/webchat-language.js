// The Web Chat page's own words follow the user's language: opened in an English browser the title, header and
// Web Chat's send box are English; opened in a Chinese browser they are Chinese until
// the user says "English", then English, and still English after a reload. The greeting of a new conversation is in
// the browser's language too (it went out before any language was known, and was Chinese on an English phone); the
// English greeting names 两地书 beside its English name, nothing else in Chinese.
// usage: node webchat-language.js <baseUrl> [screenshotDir]
'use strict';
const { chromium } = require('playwright-core');
const fs = require('fs');
const os = require('os');
const path = require('path');

const [baseUrl, shots] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const BOX = '[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input';

async function open(locale) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath, headless: true, viewport: { width: 390, height: 844 }, locale,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const page = context.pages()[0] || await context.newPage();
  return { context, page, userDataDir };
}

async function ready(page) {
  await page.locator(BOX).first().waitFor({ state: 'visible', timeout: 60000 });
  await page.waitForFunction(() => document.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user)').length > 0, null, { timeout: 60000 });
}

async function greeting(page) {
  return page.evaluate(() => {
    const bubble = document.querySelector('.webchat__bubble:not(.webchat__bubble--from-user)');
    return bubble ? bubble.textContent : '';
  });
}

async function chrome(page) {
  return page.evaluate((box) => ({
    lang: document.documentElement.lang,
    title: document.title,
    header: document.querySelector('.bar h1').textContent,
    placeholder: (document.querySelector(box) || {}).placeholder || '',
  }), BOX);
}

async function main() {
  const result = { ok: false };
  const en = await open('en-US');
  try {
    await en.page.goto(baseUrl, { waitUntil: 'load', timeout: 60000 });
    await ready(en.page);
    result.english = await chrome(en.page);
    result.englishGreeting = await greeting(en.page);
    if (shots) await en.page.screenshot({ path: path.join(shots, 'language-en.png') });
  } finally {
    await en.context.close();
    fs.rmSync(en.userDataDir, { recursive: true, force: true });
  }
  const zh = await open('zh-CN');
  try {
    await zh.page.goto(baseUrl, { waitUntil: 'load', timeout: 60000 });
    await ready(zh.page);
    result.chinese = await chrome(zh.page);
    result.chineseGreeting = await greeting(zh.page);
    await zh.page.locator(BOX).first().fill('English');
    await zh.page.locator(BOX).first().press('Enter');
    await zh.page.waitForFunction(() => document.querySelector('.bar h1').textContent !== '两地书', null, { timeout: 60000 });
    await zh.page.locator(BOX).first().waitFor({ state: 'visible', timeout: 60000 });
    result.switched = await chrome(zh.page);
    await zh.page.reload({ waitUntil: 'load' });
    await ready(zh.page);
    result.reloaded = await chrome(zh.page);
    if (shots) await zh.page.screenshot({ path: path.join(shots, 'language-switched.png') });
  } finally {
    await zh.context.close();
    fs.rmSync(zh.userDataDir, { recursive: true, force: true });
  }
  const english = c => c.lang === 'en-US' && /Two-Places/.test(c.title) && c.header === 'Two-Places Letters' && /type/i.test(c.placeholder);
  const han = /[\u4e00-\u9fff]/;
  result.ok = english(result.english)
    && /[a-z]{3}/i.test(result.englishGreeting) && !han.test(result.englishGreeting.replace('两地书', '')) && han.test(result.chineseGreeting)
    && result.chinese.lang === 'zh-CN' && result.chinese.header === '两地书' && !/type/i.test(result.chinese.placeholder)
    && english(result.switched) && english(result.reloaded);
  console.log(JSON.stringify(result));
  process.exitCode = result.ok ? 0 : 1;
}

main().catch(e => { console.log(JSON.stringify({ ok: false, reason: String(e && e.message || e) })); process.exit(1); });
