// The staff console (issue 19) in Debian's headless Chromium, second part: what a school reports and what it keeps to
// itself. The school admin downloads the dashboard's and the term report's Excel files through the browser (the .NET
// test opens them with MiniExcel and compares every figure with the page's, printed here); a mother who changed phone
// gets a reissued code from her family's invites page and the family's slip, her old code is refused politely on the
// Web Chat page and the new one binds; the printable report; a second school's admin sees nothing of the first school
// in the pages or through the API with her school's key; the county viewer's report sums the schools with no name.
// usage: node staff-console-school.js <baseUrl> <downloadDir> <secondSchoolKey> [screenshotDir]
//   prints one JSON line {ok, step, reason, transcript, dashboard, report, countyReport, files}.
'use strict';
const { chromium } = require('playwright-core');
const fs = require('fs');
const os = require('os');
const path = require('path');

const [baseUrl, downloads, otherKey, shots] = process.argv.slice(2);
const base = baseUrl.replace(/\/$/, '');
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const password = 'Liangdishu2026';
const sendBox = '[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input';
const transcript = [];
const result = { files: {} };
let step = 'start';
let browser;
const deadline = setTimeout(() => finish(false, 'timeout'), 240000);

const pages = [];

async function finish(ok, reason) {
  clearTimeout(deadline);
  // What each person saw when it failed, next to the downloads (the test prints the folder).
  if (!ok) for (const [i, p] of pages.entries()) { try { await p.screenshot({ path: path.join(downloads, `failed-${i}.png`) }); } catch { /* a closed page */ } }
  try { if (browser) await browser.close(); } catch { /* closing a dead browser */ }
  console.log(JSON.stringify(Object.assign({ ok, step, reason, transcript }, result)));
  process.exit(ok ? 0 : 1);
}

async function shot(page, name) {
  if (!shots) return;
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, name + '.png'), fullPage: false });
}

async function person(viewport) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 2, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  pages.push(page);
  page.errors = [];
  page.on('pageerror', e => page.errors.push(String(e)));
  page.on('console', m => { if (m.type() === 'error') page.errors.push(m.text() + ' ' + JSON.stringify(m.location())); });
  return page;
}

async function signIn(page, login, pass) {
  await page.goto(base + '/console/signin', { waitUntil: 'load' });
  await page.fill('input[name=login]', login);
  await page.fill('input[name=password]', pass || password);
  // The start page: /console, or the dashboard for a county viewer (no families to start from).
  await Promise.all([page.waitForURL(u => u.pathname === '/console' || u.pathname === '/console/dashboard'), page.click('button[type=submit]')]);
  transcript.push('console: ' + login + ' signed in');
}

async function text(page) { return page.locator('main').innerText(); }

// Clicks the link as a user does and keeps the file the browser downloads.
async function download(page, selector, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const target = path.join(downloads, name);
  await file.saveAs(target);
  result.files[name] = target;
  transcript.push('console: downloaded ' + file.suggestedFilename() + ' (' + fs.statSync(target).size + ' bytes)');
  return target;
}

// The dashboard's table as shown: label -> the last column's value (the school, or the total).
async function dashboardFigures(page) {
  return page.$$eval('table.figures tbody tr', rows => Object.fromEntries(rows.map(r => {
    const cells = [...r.querySelectorAll('td')].map(td => td.innerText.trim());
    return [cells[0], cells[cells.length - 1]];
  })));
}

// The report's lines as shown: label -> every column's value, for both tables.
async function reportLines(page) {
  return page.$$eval('table.report tr[data-line]', rows => Object.fromEntries(rows.map(r => {
    const cells = [...r.querySelectorAll('td')].map(td => td.innerText.trim());
    return [cells[0], cells.slice(1)];
  })));
}

async function chat(page, say, ...fragments) {
  const before = await page.locator('.webchat__bubble:not(.webchat__bubble--from-user)').count();
  const box = page.locator(sendBox).first();
  await box.fill(say);
  await box.press('Enter');
  transcript.push('mother (new phone) -> ' + say);
  await page.waitForFunction(([n, f]) => {
    const bubbles = [...document.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content')].slice(n);
    return bubbles.some(b => f.every(x => b.innerText.includes(x)));
  }, [before, fragments], { timeout: 60000 });
  const replies = await page.$$eval('.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content', b => b.map(x => x.innerText.trim()));
  const reply = replies.slice(before).find(r => fragments.every(f => r.includes(f)));
  transcript.push('mother (new phone) <- ' + reply);
  return reply;
}

async function main() {
  fs.mkdirSync(downloads, { recursive: true });
  browser = await chromium.launch({
    executablePath, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const phone = { width: 390, height: 844 };
  const desktop = { width: 1280, height: 800 };

  step = 'school admin downloads the term dashboard as Excel through the browser';
  const admin = await person(phone);
  await signIn(admin, 'xiaozhang');
  await admin.goto(base + '/console/dashboard?period=term', { waitUntil: 'load' });
  result.dashboard = await dashboardFigures(admin);
  await download(admin, '#excel', 'dashboard.xlsx');

  step = 'school admin opens the family of 王小明 from the families page';
  await admin.goto(base + '/console/families', { waitUntil: 'load' });
  await Promise.all([admin.waitForURL(/childId=/), admin.click('section.family[data-child="2023001"] a.family-invites')]);
  const mingId = new URL(admin.url()).searchParams.get('childId');
  if (!(await text(admin)).includes('王小明家的邀请码')) throw new Error('family invites page: ' + (await text(admin)).slice(0, 200));
  const mother = 'section.invite.open:has-text("母亲")';
  const oldCode = await admin.getAttribute(mother, 'data-code');

  step = 'school admin reissues the mother\'s code (she changed phone)';
  await Promise.all([admin.waitForURL(/done=reissued/), admin.click(mother + ' button:has-text("重新生成")')]);
  const notice = await admin.locator('p.notice').innerText();
  if (!notice.includes('旧的邀请码不能再用了')) throw new Error('no reissue notice: ' + notice);
  const newCode = await admin.getAttribute(mother, 'data-code');
  const oldStatus = await admin.locator(`section.invite[data-code="${oldCode}"] .badge`).innerText();
  if (!newCode || newCode === oldCode || (await admin.locator('section.invite.open').count()) < 1) throw new Error('no new code');
  if (!admin.url().includes('childId=' + mingId)) throw new Error('reissue left the family page: ' + admin.url());
  transcript.push(`console: mother's code reissued, the old one ${oldStatus}`);
  await shot(admin, 'console-phone-13-family-invites');

  step = 'school admin downloads the family\'s slip';
  const slip = await admin.request.get(base + await admin.getAttribute('#family-slip', 'href'));
  const pdf = await slip.body();
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  if (slip.headers()['content-type'] !== 'application/pdf' || pages !== 1) throw new Error(`family slip: ${slip.headers()['content-type']}, ${pages} pages`);
  fs.writeFileSync(path.join(downloads, 'family-slip.pdf'), pdf);
  transcript.push('console: family slip, ' + pages + ' page, ' + pdf.length + ' bytes');

  step = 'the mother\'s new phone: the old code is refused politely, the new one binds';
  const mum = await person(phone);
  await mum.goto(base + '/', { waitUntil: 'load' });
  await mum.locator(sendBox).first().waitFor({ state: 'visible', timeout: 60000 });
  // The page is ready for her once the chat has greeted her and asked for the code (a code typed before that is kept in the box).
  await mum.waitForFunction(() => [...document.querySelectorAll('.webchat__bubble__content')].some(b => b.innerText.includes('邀请码')), null, { timeout: 60000 });
  const refused = await chat(mum, oldCode, '停用');
  if (refused.includes('核对')) throw new Error('the old code is answered as a typo: ' + refused);
  await shot(mum, 'chat-phone-old-code-refused');
  // Typed as printed on the slip (groups of four), in small letters as a phone keyboard gives them.
  await chat(mum, newCode.replace(/^(.{4})(.{4})(.+)$/, '$1-$2-$3').toLowerCase(), '绑定成功');

  step = 'the family page shows the new code used and the mother bound';
  await admin.reload({ waitUntil: 'load' });
  const used = await admin.locator(`section.invite[data-code="${newCode}"] .badge`).innerText();
  if (used !== '已使用') throw new Error('new code shows ' + used);
  await admin.goto(base + '/console/families', { waitUntil: 'load' });
  const mumRow = await admin.locator('section.family[data-child="2023001"] li', { hasText: '母亲' }).innerText();
  if (!mumRow.includes('已绑定 网页聊天')) throw new Error('mother not shown as bound: ' + mumRow);
  transcript.push('console: ' + mumRow.replace(/\s+/g, ' '));

  step = 'school admin reads the term report and downloads it as Excel';
  await admin.goto(base + '/console/reports', { waitUntil: 'load' });
  result.report = await reportLines(admin);
  if (result.report['学生总数'][0] !== result.dashboard['留守儿童']) {
    throw new Error('report and dashboard disagree on the children: ' + JSON.stringify([result.report['学生总数'], result.dashboard]));
  }
  await shot(admin, 'console-phone-14-reports');
  await download(admin, '#excel', 'report.xlsx');
  if ((await admin.getAttribute('#care-link', 'href')) !== '/console/care') throw new Error('no link to the care page');

  step = 'the printable report';
  await Promise.all([admin.waitForURL(/print=true/), admin.click('#printable')]);
  if (await admin.isVisible('header.top')) throw new Error('the printable page has the menu');
  if (!(await text(admin)).includes('填报人')) throw new Error('no line to sign');
  await admin.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed++; }; });
  await admin.click('#print');
  if ((await admin.evaluate(() => window.__printed)) !== 1) throw new Error('the print button did not open printing');
  transcript.push('console: printable report, print button works');
  await shot(admin, 'console-phone-15-report-print');

  step = 'desktop screenshots of the report and the family invites';
  if (shots) {
    await admin.setViewportSize(desktop);
    await admin.goto(base + '/console/reports', { waitUntil: 'load' });
    await shot(admin, 'console-desktop-reports');
    await admin.goto(base + '/console/invites?childId=' + mingId, { waitUntil: 'load' });
    await shot(admin, 'console-desktop-family-invites');
  }

  step = 'a second school\'s admin sees nothing of the first school in the pages';
  const other = await person(desktop);
  await signIn(other, 'shanhe', 'shanhe-admin-2026');
  await other.goto(base + '/console/families', { waitUntil: 'load' });
  const families = await text(other);
  if (!families.includes('石小溪') || families.includes('王小明')) throw new Error('second school families: ' + families.slice(0, 300));
  await other.goto(base + '/console/invites?childId=' + mingId, { waitUntil: 'load' });
  const invites = await text(other);
  if (invites.includes('王小明') || (await other.locator('section.invite').count()) !== 0) throw new Error('second school sees the first school\'s invites');
  // A forged form post with her own valid CSRF token, for the first school's invite: refused as not found, nothing changes.
  const token = await other.getAttribute('input[name=__csrf]', 'value');
  const forged = await other.request.post(base + '/console/invites?handler=Reissue', { form: { inviteId: String(await inviteIdOf(admin, mingId, newCode)), __csrf: token }, maxRedirects: 0 });
  if (forged.status() !== 404) throw new Error('forged reissue: ' + forged.status());
  const slipOther = await other.request.get(base + '/console/invites?handler=Slips&childId=' + mingId);
  const slipPages = ((await slipOther.body()).toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  const slipSize = (await slipOther.body()).length;
  if (slipSize >= pdf.length / 2) throw new Error(`the second school's slip for 王小明 is ${slipSize} bytes (the real one ${pdf.length}), ${slipPages} pages`);
  await other.goto(base + '/console/dashboard', { waitUntil: 'load' });
  const dash = await text(other);
  if (dash.includes('阳光县希望小学') || dash.includes('王小明')) throw new Error('second school dashboard shows the first school');
  await other.goto(base + '/console/reports', { waitUntil: 'load' });
  const otherReport = await reportLines(other);
  if (otherReport['学生总数'].join() !== '1' || (await text(other)).includes('阳光县希望小学')) throw new Error('second school report: ' + JSON.stringify(otherReport['学生总数']));
  await other.goto(base + '/console/audit', { waitUntil: 'load' });
  if ((await text(other)).includes('王小明')) throw new Error('second school audit shows the first school');
  transcript.push('console: second school admin sees only 石小溪 (families, invites, dashboard, report, audit); forged reissue 404');

  step = 'a second school\'s key sees nothing of the first school through the API';
  const api = await other.request.get(base + '/admin/families', { headers: { 'X-Admin-Key': otherKey } });
  const apiText = await api.text();
  if (api.status() !== 200 || !apiText.includes('石小溪') || apiText.includes('王小明')) throw new Error('API families: ' + api.status() + ' ' + apiText.slice(0, 200));
  const apiInvite = await other.request.post(base + '/admin/invites', { headers: { 'X-Admin-Key': otherKey }, data: { school: '阳光县希望小学', studentNumber: '2023001', role: 'mother' } });
  if (apiInvite.status() !== 404) throw new Error('API invite for the first school: ' + apiInvite.status());
  // A roster row of the first school sent with the second school's key: refused, nothing written.
  const head = '学校,班级,学号,学生姓名,性别,出生日期,留守类型,监护人姓名,监护人关系,监护人电话,父亲姓名,父亲电话,母亲姓名,母亲电话,班主任';
  const row = '阳光县希望小学,三年级(1)班,2023001,王小明,男,2016-03-12,双亲外出,王德福,祖父母,13900000001,王建军,13800000001,刘丽,13800000002,李红梅';
  const apiRoster = await other.request.post(base + '/admin/roster', { headers: { 'X-Admin-Key': otherKey, 'content-type': 'text/csv' }, data: Buffer.from(head + '\r\n' + row + '\r\n') });
  if (apiRoster.status() !== 422 || !(await apiRoster.text()).includes('不是本校')) throw new Error('API roster for the first school: ' + apiRoster.status() + ' ' + (await apiRoster.text()).slice(0, 200));
  transcript.push(`console: API with the second school's key: families without 王小明, invite for 2023001 ${apiInvite.status()}, roster row of the first school ${apiRoster.status()}`);

  step = 'the county viewer\'s report sums the schools, no names';
  const county = await person(desktop);
  await signIn(county, 'county');
  await county.goto(base + '/console/reports', { waitUntil: 'load' });
  result.countyReport = await reportLines(county);
  const countyText = await text(county);
  if (['王小明', '石小溪', '王芳', '李红梅'].some(n => countyText.includes(n))) throw new Error('the county sees a name');
  const children = result.countyReport['学生总数'].map(Number);
  if (children.length !== 3 || children[0] + children[1] !== children[2]) throw new Error('county children: ' + children);
  await shot(county, 'console-desktop-reports-county');
  await download(county, '#excel', 'county-report.xlsx');
  if (shots) {
    await county.setViewportSize(phone);
    await county.reload({ waitUntil: 'load' });
    await shot(county, 'console-phone-16-reports-county');
  }

  // The Web Chat page (not the console) names no icon, so Chromium asks for /favicon.ico: reported, not this test's subject.
  mum.errors = mum.errors.filter(e => !e.includes('/favicon.ico'));
  const errors = [admin, mum, other, county].flatMap((p, i) => p.errors.map(e => ['admin', 'mother', 'second school', 'county'][i] + ': ' + e));
  if (errors.length) throw new Error('page errors: ' + errors.join(' | '));
  finish(true, 'done');
}

// The id of an invite as the first school's admin sees it (the forged post names a real invite of the first school).
async function inviteIdOf(admin, childId, code) {
  await admin.goto(base + '/console/invites?childId=' + childId, { waitUntil: 'load' });
  return admin.getAttribute(`section.invite[data-code="${code}"] input[name=inviteId]`, 'value');
}

main().catch(e => finish(false, String(e && e.message || e)));
