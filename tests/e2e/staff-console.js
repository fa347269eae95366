// The staff console (issue 19) in Debian's headless Chromium at phone size (390×844), with the father on the official
// Direct Line client: the school admin issues a class's invites and downloads the slips; the paired teacher sees only
// her children and hands the father's question to the head teacher; the head teacher answers from the inbox and the
// father's chat receives the answer through the real outbox. The dashboard's figures change when the father binds;
// the head teacher marks today's attendance on the grid; every page is photographed at phone and desktop size.
// usage: node staff-console.js <baseUrl> [screenshotDir]   — prints one JSON line {ok, step, reason, transcript}.
'use strict';
const { chromium } = require('playwright-core');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { open } = require('./family-chat');

const [baseUrl, shots] = process.argv.slice(2);
const base = baseUrl.replace(/\/$/, '');
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const password = 'Liangdishu2026';
const transcript = [];
let step = 'start';
let context;
const deadline = setTimeout(() => finish(false, 'timeout'), 240000);

async function finish(ok, reason) {
  clearTimeout(deadline);
  try { if (context) await context.close(); } catch { /* closing a dead browser */ }
  console.log(JSON.stringify({ ok, step, reason, transcript }));
  process.exit(ok ? 0 : 1);
}

async function shot(page, name) {
  if (!shots) return;
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, name + '.png'), fullPage: false });
}

async function signIn(page, login) {
  await page.goto(base + '/console/signin', { waitUntil: 'load' });
  await page.fill('input[name=login]', login);
  await page.fill('input[name=password]', password);
  await Promise.all([page.waitForURL(base + '/console'), page.click('button[type=submit]')]);
  transcript.push('console: ' + login + ' signed in');
}

async function signOut(page) {
  // On a phone the pages and the sign-out fold into the menu button.
  if (await page.isVisible('label.menu-button')) await page.click('label.menu-button');
  await Promise.all([page.waitForURL(/\/console\/signin/), page.click('form.signout button')]);
}

async function text(page) { return page.locator('main').innerText(); }

async function main() {
  step = 'father opens the chat';
  const dad = await open(base + '/v3/directline', 'e2e-console-dad', transcript);

  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath, headless: true, viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const page = context.pages()[0] || await context.newPage();
  const errors = [];
  page.on('pageerror', e => errors.push(String(e)));
  page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });

  step = 'sign-in page';
  await page.goto(base + '/console/signin', { waitUntil: 'load' });
  await shot(page, 'console-phone-1-signin');

  step = 'school admin previews a roster with a bad row and an unknown column';
  await signIn(page, 'xiaozhang');
  await shot(page, 'console-phone-2-home');
  await page.click('label.menu-button');
  await shot(page, 'console-phone-0-menu');

  step = 'school admin sees the dashboard with its charts';
  await page.goto(base + '/console/dashboard', { waitUntil: 'load' });
  await page.waitForSelector('body[data-charts="3"]');
  const reachableBefore = Number(await page.locator('td[data-figure=Reachable]').innerText());
  await shot(page, 'console-phone-7-dashboard');

  step = 'father binds on Direct Line';
  await dad.say('BABA23');
  await dad.expect('绑定成功');

  step = 'the dashboard figures change';
  await page.reload({ waitUntil: 'load' });
  const reachableAfter = Number(await page.locator('td[data-figure=Reachable]').innerText());
  // 王建军 is the father of two children of the school: both families become reachable.
  if (reachableAfter <= reachableBefore) throw new Error(`reachable families ${reachableBefore} -> ${reachableAfter}`);
  transcript.push(`console: reachable families ${reachableBefore} -> ${reachableAfter}`);
  const head = '学校,班级,学号,学生姓名,性别,出生日期,留守类型,监护人,监护人关系,监护人电话,父亲姓名,父亲电话,母亲姓名,母亲电话,班主任';
  const good = '阳光县希望小学,三年级(1)班,2023007,陈小雨,女,2017-08-08,双亲外出,陈桂芳,姑姑,13907310077,陈军,13800000077,吴霞,13800000078,李红梅';
  const bad = '阳光县希望小学,三年级(1)班,2023008,陈小风,男,2017-09-09,外出,陈桂芳,姑姑,13907310077,陈军,13800000077,吴霞,13800000078,李红梅';
  await page.goto(base + '/console/roster', { waitUntil: 'load' });
  await page.setInputFiles('input[type=file]', { name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from([head + ',家庭住址', good + ',', bad + ','].join('\r\n') + '\r\n') });
  await Promise.all([page.waitForLoadState('load'), page.click('#preview')]);
  await page.waitForSelector('#roster-result');
  const problems = await page.locator('table.problems').innerText();
  if (!problems.includes('家庭住址') || !/3\s+留守类型/.test(problems)) throw new Error('preview does not name the column and the bad row: ' + problems);
  transcript.push('console: roster preview ' + problems.split('\n').length + ' lines of problems');
  await shot(page, 'console-phone-6-roster-problems');

  step = 'school admin imports the corrected roster';
  await page.setInputFiles('input[type=file]', { name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from([head, good].join('\r\n') + '\r\n') });
  await Promise.all([page.waitForLoadState('load'), page.click('#preview')]);
  await page.waitForSelector('#import');
  await Promise.all([page.waitForLoadState('load'), page.click('#import')]);
  const imported = await page.locator('#imported').innerText();
  if (!imported.includes('新增 1 名')) throw new Error('not imported: ' + imported);
  transcript.push('console: ' + imported);

  step = 'school admin issues the class invites';
  await page.goto(base + '/console/invites', { waitUntil: 'load' });
  const classValue = await page.$eval('select[name=classId]', s => [...s.options].find(o => o.text.startsWith('三年级(1)班')).value);
  await page.selectOption('select[name=classId]', classValue);
  await Promise.all([page.waitForURL(/classId=/), page.click('form.filter button')]);
  await Promise.all([page.waitForURL(/done=issued/), page.click('#issue-class')]);
  const invites = await text(page);
  if (!/已生成 \d+ 个邀请码/.test(invites)) throw new Error('no issued notice: ' + invites.slice(0, 300));
  transcript.push('console: ' + invites.match(/已生成 \d+ 个邀请码/)[0]);
  await shot(page, 'console-phone-3-invites');

  step = 'school admin downloads the slips';
  const href = await page.getAttribute('#slips', 'href');
  const pdf = await page.request.get(base + href);
  const body = await pdf.body();
  if (pdf.headers()['content-type'] !== 'application/pdf' || body.slice(0, 4).toString() !== '%PDF') throw new Error('slips are not a PDF: ' + pdf.headers()['content-type']);
  transcript.push('console: slips ' + body.length + ' bytes');

  step = 'a slip\'s QR code opens the chat, which redeems the code and drops it from the address bar';
  const motherCode = await page.getAttribute('section.invite.open:has-text("王小明"):has-text("母亲")', 'data-code');
  const phone = await context.newPage();
  await phone.goto(base + '/#code=' + motherCode, { waitUntil: 'load' });
  await phone.waitForFunction(() => document.body.innerText.includes('绑定成功'), null, { timeout: 60000 });
  if (phone.url().includes('code=')) throw new Error('the code stayed in the address bar: ' + phone.url());
  transcript.push('mother (QR) <- ' + (await phone.locator('#webchat').innerText()).split('\n').find(l => l.includes('绑定成功')));
  await phone.close();

  step = 'school admin sees the father bound';
  await page.goto(base + '/console/families', { waitUntil: 'load' });
  const father = await page.locator('section.family[data-child="2023001"] li', { hasText: '王建军' }).innerText();
  if (!father.includes('已绑定 网页聊天')) throw new Error('father not shown as bound: ' + father);
  const mother = await page.locator('section.family[data-child="2023001"] li', { hasText: '母亲' }).innerText();
  if (!mother.includes('已绑定 网页聊天')) throw new Error('mother (QR) not shown as bound: ' + mother);
  await shot(page, 'console-phone-4-families');

  step = 'school admin sees the staff and sets up an authenticator';
  await page.goto(base + '/console/staff', { waitUntil: 'load' });
  if (!(await text(page)).includes('lihongmei')) throw new Error('staff page without the head teacher');
  await shot(page, 'console-phone-8-staff');
  await page.goto(base + '/console/account', { waitUntil: 'load' });
  await Promise.all([page.waitForLoadState('load'), page.click('#setup-2fa')]);
  await page.waitForSelector('img.qr');
  await shot(page, 'console-phone-9-authenticator');
  await signOut(page);

  step = 'paired teacher sees only her children and hands the question over';
  await signIn(page, 'wangfang');
  await page.goto(base + '/console/families', { waitUntil: 'load' });
  const children = await page.locator('section.family').evaluateAll(s => s.map(x => x.getAttribute('data-child')).sort().join(','));
  if (children !== '2023001,2023002,2023005') throw new Error('paired teacher sees ' + children);
  await page.goto(base + '/console/inbox', { waitUntil: 'load' });
  await shot(page, 'console-phone-5-inbox');
  await Promise.all([page.waitForURL(/done=handed/), page.click('section.question button:has-text("转给班主任")')]);
  await signOut(page);

  step = 'head teacher answers from the inbox';
  await signIn(page, 'lihongmei');
  await page.goto(base + '/console/inbox', { waitUntil: 'load' });
  const question = page.locator('section.question', { hasText: '作业要写到几点' });
  await question.locator('textarea').fill('小明一般九点前能写完，我会提醒他先写数学。');
  await Promise.all([page.waitForURL(/done=answered/), question.locator('button:has-text("发送给家长")').click()]);
  transcript.push('console: ' + (await text(page)).split('\n')[1]);

  step = 'the father receives the answer in his chat';
  await dad.expect('李红梅', '九点前能写完');

  step = 'head teacher marks today\'s attendance on the grid';
  await page.goto(base + '/console/attendance', { waitUntil: 'load' });
  await Promise.all([page.waitForURL(/done=marked/), page.click('.att-row[data-child="2023001"] button:has-text("缺")')]);
  await Promise.all([page.waitForURL(/done=allpresent/), page.click('#all-present')]);
  const summary = await page.locator('#attendance-summary').innerText();
  const absent = await page.getAttribute('.att-row[data-child="2023001"]', 'data-status');
  if (absent !== 'Absent' || !summary.includes('未记 0')) throw new Error('attendance grid: ' + absent + ' / ' + summary);
  transcript.push('console: attendance ' + summary);
  await shot(page, 'console-phone-10-attendance');
  await page.goto(base + '/console/notes', { waitUntil: 'load' });
  await shot(page, 'console-phone-11-notes');
  await page.goto(base + '/console/emergencies', { waitUntil: 'load' });
  await shot(page, 'console-phone-12-emergencies');

  if (shots) {
    step = 'desktop screenshots';
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(base + '/console/families', { waitUntil: 'load' });
    await shot(page, 'console-desktop-families');
    await page.goto(base + '/console/inbox', { waitUntil: 'load' });
    await shot(page, 'console-desktop-inbox');
    await page.goto(base + '/console/attendance', { waitUntil: 'load' });
    await shot(page, 'console-desktop-attendance');
    await page.goto(base + '/console/notes', { waitUntil: 'load' });
    await shot(page, 'console-desktop-notes');
    await page.goto(base + '/console/dashboard', { waitUntil: 'load' });
    await page.waitForSelector('body[data-charts="3"]');
    await shot(page, 'console-desktop-dashboard');
    await signOut(page);
    await signIn(page, 'xiaozhang');
    await page.goto(base + '/console/staff', { waitUntil: 'load' });
    await shot(page, 'console-desktop-staff');
  }
  if (errors.length) throw new Error('page errors: ' + errors.join(' | '));
  await context.close();
  context = null;
  // The Direct Line client throws "conversation ended" asynchronously once ended: exit in the same tick.
  dad.end();
  finish(true, 'done');
}

main().catch(e => finish(false, String(e && e.message || e)));
