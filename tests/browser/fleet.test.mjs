// browser.fleet: headless Chromium signs in to a real vc-provision and sees the fleet page with
// the rooms (Vietnamese by default), their states as colour + word, and an open alert; the site
// filter narrows the table.
//   VC_BIN_DIR=build/bin node fleet.test.mjs [build-dir]
import { execFileSync } from 'node:child_process';
import path from 'node:path';

import { createHarness } from './lib/harness.mjs';

const h = createHarness('browser.fleet', 120_000);
const { log, fail, waitFor, shotDir } = h;
const exe = path.join(h.binDir, 'vc-provision');
const db = path.join(h.tmp, 'provision.db');

function cli(args, input = '') {
  return execFileSync(exe, [...args, '--db', db], { input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] }).trim();
}

function startServer() {
  const child = h.spawnChild(exe, ['serve', '--db', db, '--listen', '127.0.0.1:0']);
  return waitFor(() => {
    const match = child.stderrText.match(/listening on http:\/\/127\.0\.0\.1:(\d+)\//);
    if (child.exitCode !== null) fail(`vc-provision serve exited: ${child.stderrText}`);
    return match ? { ok: true, port: Number(match[1]), child } : { ok: false };
  }, 10_000, 'vc-provision serve did not print its listening line');
}

async function post(port, route, body, token = '') {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(`http://127.0.0.1:${port}${route}`, { method: 'POST', headers, body: JSON.stringify(body) });
  const json = await response.json();
  if (!response.ok) fail(`POST ${route} answered ${response.status}: ${JSON.stringify(json)}`);
  return json;
}

async function main() {
  cli(['users', 'add', 'lan', '--role', 'viewer'], 'mat-khau-cua-lan\n');
  const rooms = [
    ['Phòng GD&ĐT Huyện Mỹ Đức', 'my-duc', 'Phòng GD&ĐT Huyện Mỹ Đức'],
    ['Phòng họp Trường THPT Chu Văn An', 'thpt-chu-van-an', 'Trường THPT Chu Văn An'],
    ['Phòng GD&ĐT Huyện Ba Vì', 'ba-vi', 'Phòng GD&ĐT Huyện Ba Vì'],
  ].map(([name, room, site]) => cli(['rooms', 'add', name, '--site', site, '--mcu-url', 'ws://127.0.0.1:9/ws', '--mcu-room', room]));
  const { port, child } = await startServer();
  log(`vc-provision on port ${port}, rooms ${rooms.join(', ')}`);

  // Two rooms enroll; one reports a projector fault, the other is in a call.
  const enroll = async (room, serial) =>
    (await post(port, '/api/v1/enroll', { code: cli(['enroll-code', room]), serial, software_version: '0.1.0' })).credential;
  const faulty = await enroll(rooms[0], 'VCR-0001');
  const busy = await enroll(rooms[1], 'VCR-0002');
  await post(port, '/api/v1/appliance/heartbeat', { call_state: 'idle', faults: [{ device: 'projector', message: 'lamp failure' }] }, faulty);
  await post(port, '/api/v1/appliance/heartbeat', { call_state: 'in_call' }, busy);

  await h.launchChromium({});
  const page = await h.openPage(`http://127.0.0.1:${port}/fleet`, 'fleet');
  if (!page.url().endsWith('/login')) fail(`not sent to the login page first: ${page.url()}`);
  await page.fill('#username', 'lan');
  await page.fill('#password', 'mat-khau-cua-lan');
  await Promise.all([page.waitForURL(/\/fleet$/, { timeout: 10_000 }), page.click('#login')]);
  const table = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    rows: [...document.querySelectorAll('#fleet tbody tr')].map((tr) => ({
      room: tr.dataset.room, state: tr.dataset.state, cells: [...tr.cells].map((td) => td.innerText.trim()),
      colour: getComputedStyle(tr.querySelector('.state')).backgroundColor,
    })),
    alerts: [...document.querySelectorAll('[data-alert]')].map((a) => a.innerText.trim()),
  }));
  log(`fleet page (${table.lang}): ${table.rows.map((r) => `${r.cells[0]} = ${r.cells[2]} (${r.colour})`).join('; ')}`);
  log(`alerts: ${table.alerts.join('; ')}`);
  await page.screenshot({ path: path.join(shotDir, 'browser-fleet.png'), fullPage: true });
  if (table.lang !== 'vi') fail(`page language is ${table.lang}, expected vi`);
  if (table.rows.length !== 3) fail(`expected 3 rooms, saw ${table.rows.length}`);
  const byName = Object.fromEntries(table.rows.map((r) => [r.cells[0], r]));
  const expect = [['Phòng GD&ĐT Huyện Mỹ Đức', 'Lỗi thiết bị'], ['Phòng họp Trường THPT Chu Văn An', 'Đang họp'],
                  ['Phòng GD&ĐT Huyện Ba Vì', 'Chưa đăng ký']];
  for (const [name, word] of expect) {
    if (!byName[name]) fail(`room "${name}" is not on the page`);
    if (byName[name].cells[2] !== word) fail(`room "${name}" shows "${byName[name].cells[2]}", expected "${word}"`);
  }
  if (new Set(table.rows.map((r) => r.colour)).size !== 3) fail('the three states do not have three colours');
  if (!table.alerts.some((a) => a.includes('projector') && a.includes('lamp failure'))) fail('the projector alert is not shown');
  if (!byName['Phòng GD&ĐT Huyện Mỹ Đức'].cells[3].includes('trước')) fail('no "last seen" for the faulty room');

  // Filter by site.
  await page.selectOption('#site', 'Trường THPT Chu Văn An');
  await Promise.all([page.waitForURL(/site=/, { timeout: 10_000 }), page.click('#filter')]);
  const filtered = await page.$$eval('#fleet tbody tr', (trs) => trs.map((tr) => tr.cells[0].innerText.trim()));
  if (filtered.length !== 1 || filtered[0] !== 'Phòng họp Trường THPT Chu Văn An') fail(`site filter shows ${JSON.stringify(filtered)}`);
  log(`site filter: ${filtered.join(', ')}`);

  child.kill('SIGTERM');
  const code = await child.exited;
  if (code !== 0) fail(`vc-provision serve exited with ${code}: ${child.stderrText}`);
  await h.pass();
}

main().catch((error) => fail(error.stack || String(error)));
