// The care page (#20) as the school admin sees it on a phone (390×844, Debian's headless Chromium): every figure of
// the term report is on screen without scrolling sideways, 打印 prints (the page policy runs no inline handler), and a
// 座谈会 is scheduled from the form and one grandparent marked as come.
// usage: node care-console.js <baseUrl> [screenshotDir]   — prints one JSON line {ok, step, problems}.
'use strict';
const { chromium } = require('playwright-core');
const fs = require('fs');
const os = require('os');
const path = require('path');

const [base, shots] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
let step = 'start';
const problems = [];

async function main() {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath, headless: true, viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: 'zh-CN',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-dev-shm-usage'],
  });
  try {
    const page = context.pages()[0] || await context.newPage();
    page.on('pageerror', e => problems.push('page error: ' + e));
    // A print dialog cannot open headless: count the calls instead.
    await page.addInitScript(() => { window.__prints = 0; window.print = () => { window.__prints++; }; });

    step = 'sign in';
    await page.goto(base + '/console/signin', { waitUntil: 'load' });
    await page.fill('input[name=login]', 'xiaozhang');
    await page.fill('input[name=password]', 'Liangdishu2026');
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);

    step = 'the term report fits the phone';
    await page.goto(base + '/console/care', { waitUntil: 'load' });
    if (shots) await page.screenshot({ path: path.join(shots, 'care-console-1-report.png'), fullPage: true });
    const clipped = await page.evaluate(() => [...document.querySelectorAll('#care-figures td:last-child, #care-five-ones td:last-child')]
      .filter(td => td.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).map(td => td.previousElementSibling.innerText));
    for (const label of clipped) problems.push('figure off screen: ' + label);

    step = 'print';
    await page.click('.actions button:has-text("打印")');
    if (await page.evaluate(() => window.__prints) !== 1) problems.push('打印 did not print');

    step = 'schedule a meeting';
    await page.click('#schedule-meeting');
    await page.waitForSelector('#meeting-form');
    const classValue = await page.$eval('select[name=ClassId]', s => [...s.options].find(o => o.text.startsWith('三年级(1)班')).value);
    await page.selectOption('select[name=ClassId]', classValue);
    await page.fill('input[name=Title]', '期末座谈会');
    await page.fill('input[name=Date]', '2099-12-18');
    await page.fill('input[name=Time]', '15:00');
    await page.fill('input[name=Place]', '三楼会议室');
    await Promise.all([page.waitForNavigation(), page.click('#schedule')]);
    const row = page.locator('#meeting-invitations tr', { hasText: '王德福' }).first();
    await Promise.all([page.waitForNavigation(), row.locator('button[value=true]').click()]);
    const sums = await page.locator('#meeting-sums').innerText();
    if (!sums.includes('到会1人')) problems.push('attendance not shown: ' + sums);
    if (shots) await page.screenshot({ path: path.join(shots, 'care-console-2-meeting.png'), fullPage: true });
  } finally {
    await context.close();
  }
}

main().then(
  () => { console.log(JSON.stringify({ ok: problems.length === 0, step, problems })); process.exit(0); },
  e => { console.log(JSON.stringify({ ok: false, step, problems, error: String(e && e.stack || e) })); process.exit(1); });
