// browser.echo: headless Chromium joins an echo room of a real vc-mcu through the page the MCU
// serves, sends a 440 Hz tone and a solid red clip, and must get both back.
//   VC_BIN_DIR=build/bin node echo.test.mjs [build-dir]
// Screenshots go to <build-dir>/screenshots (build-dir defaults to VC_BUILD_DIR, then VC_BIN_DIR/..).
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Imported by hand so a missing node_modules says how to fix it instead of a module-not-found trace.
const { chromium } = await import('playwright-core').catch(() => {
  console.error('[browser.echo] FAIL: playwright-core is missing: run `npm ci` (or `npm install`) in tests/browser');
  process.exit(1);
});

const kHardTimeoutMs = 160_000;
const kListenTimeoutMs = 10_000;
const kFirstFrameTimeoutMs = 45_000;
const kToneHz = 440;
const kRoom = 'echo-browser';

const binDir = process.env.VC_BIN_DIR || '';
const buildDir = process.argv[2] || process.env.VC_BUILD_DIR || path.dirname(path.resolve(binDir || '.'));
const shotDir = path.join(buildDir, 'screenshots');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vc-browser-echo-'));
const mcuLog = [];
const pageLog = [];
let mcu = null;
let browser = null;

const hardTimer = setTimeout(() => fail(`hard timeout: the test took over ${kHardTimeoutMs / 1000} s`),
                             kHardTimeoutMs);

function log(text) { console.log(`[browser.echo] ${text}`); }

function fail(message) {
  console.error(`\n[browser.echo] FAIL: ${message}`);
  if (pageLog.length) console.error('--- page console (last 40) ---\n' + pageLog.slice(-40).join('\n'));
  if (mcuLog.length) console.error('--- vc-mcu stderr (last 60) ---\n' + mcuLog.slice(-60).join('\n'));
  if (mcu && mcu.exitCode === null) mcu.kill('SIGKILL');
  browser?.close().catch(() => {});
  fs.rmSync(tmp, { recursive: true, force: true });
  process.exit(1);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Polls check() until it returns a truthy value; fails with what() after timeoutMs.
async function waitFor(check, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    last = await check();
    if (last?.ok) return last;
    await sleep(250);
  }
  fail(`${what} (after ${timeoutMs / 1000} s; last seen: ${JSON.stringify(last)})`);
}

function makeMedia() {
  const wav = path.join(tmp, 'tone.wav');
  execFileSync('sox', ['-n', '-r', '48000', '-c', '1', '-b', '16', wav, 'synth', '30', 'sine', String(kToneHz)],
               { stdio: ['ignore', 'ignore', 'pipe'] });  // quiet unless it fails
  // YUV4MPEG2 4:2:0, 320x240, 30 frames of solid red (BT.601: Y 81, U 90, V 240). Chromium loops it.
  const width = 320, height = 240, frames = 30;
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F30:1 Ip A1:1 C420jpeg\n`);
  const frame = Buffer.concat([
    Buffer.from('FRAME\n'),
    Buffer.alloc(width * height, 81),
    Buffer.alloc((width / 2) * (height / 2), 90),
    Buffer.alloc((width / 2) * (height / 2), 240),
  ]);
  const y4m = path.join(tmp, 'clip.y4m');
  fs.writeFileSync(y4m, Buffer.concat([header, ...Array(frames).fill(frame)]));
  return { wav, y4m };
}

function startMcu() {
  const exe = path.join(binDir, 'vc-mcu');
  if (!fs.existsSync(exe)) fail(`${exe} does not exist (build the vc-mcu target first)`);
  mcu = spawn(exe, ['--listen', '127.0.0.1:0'], { stdio: ['ignore', 'inherit', 'pipe'] });
  mcu.on('exit', (code, signal) => mcuLog.push(`(vc-mcu exited: code ${code}, signal ${signal})`));
  return new Promise((resolve) => {
    const timer = setTimeout(() => fail('vc-mcu did not print "listening on http://127.0.0.1:PORT/" within 10 s'),
                             kListenTimeoutMs);
    let buffered = '';
    let found = false;
    mcu.stderr.setEncoding('utf8');
    mcu.stderr.on('data', (chunk) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop();
      for (const line of lines) {
        mcuLog.push(line);
        const match = !found && line.match(/listening on http:\/\/127\.0\.0\.1:(\d+)\//);
        if (match) { found = true; clearTimeout(timer); resolve(Number(match[1])); }
      }
    });
    mcu.on('exit', (code, signal) => {
      if (!found) fail(`vc-mcu exited before listening (code ${code}, signal ${signal})`);
    });
  });
}

async function openPage(context, url, label) {
  const page = await context.newPage();
  page.on('console', (m) => pageLog.push(`[${label} ${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => pageLog.push(`[${label} pageerror] ${e.message}`));
  const response = await page.goto(url);
  if (!response || response.status() !== 200) fail(`GET ${url} answered ${response?.status()}`);
  return page;
}

// What the page received so far: the remote <video>, inbound-rtp counters, the page's own state.
function pageMedia(page) {
  return page.evaluate(async () => {
    const video = document.getElementById('remote');
    const out = {
      state: window.vc?.state, status: document.getElementById('status').textContent,
      connection: window.vc?.pc?.connectionState, videoWidth: video.videoWidth,
      framesDecoded: 0, audioPackets: 0,
    };
    if (window.vc?.pc) {
      for (const report of (await window.vc.pc.getStats()).values()) {
        if (report.type !== 'inbound-rtp') continue;
        if (report.kind === 'video') out.framesDecoded = report.framesDecoded ?? 0;
        if (report.kind === 'audio') out.audioPackets = report.packetsReceived ?? 0;
      }
    }
    out.ok = out.videoWidth > 0 && out.framesDecoded > 5;
    return out;
  });
}

// Peak of the remote audio spectrum, from an AnalyserNode on the remote stream.
function audioPeak(page) {
  return page.evaluate(async () => {
    if (!window.__probe) {
      const context = new AudioContext();
      await context.resume();
      const source = context.createMediaStreamSource(new MediaStream(window.vc.remoteStream.getAudioTracks()));
      const analyser = context.createAnalyser();
      analyser.fftSize = 4096;
      source.connect(analyser);
      window.__probe = { context, analyser };
    }
    const { context, analyser } = window.__probe;
    const bins = new Float32Array(analyser.frequencyBinCount);
    analyser.getFloatFrequencyData(bins);
    let peak = 1;
    for (let i = 2; i < bins.length; ++i) if (bins[i] > bins[peak]) peak = i;
    return { peakBin: peak, binHz: context.sampleRate / analyser.fftSize, db: bins[peak] };
  });
}

// Centre pixel of the remote video, drawn onto a canvas.
function centrePixel(page) {
  return page.evaluate(() => {
    const video = document.getElementById('remote');
    const canvas = document.createElement('canvas');
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    const context = canvas.getContext('2d');
    context.drawImage(video, 0, 0);
    const [r, g, b] = context.getImageData(canvas.width >> 1, canvas.height >> 1, 1, 1).data;
    return { r, g, b };
  });
}

async function main() {
  if (!binDir) fail('VC_BIN_DIR is not set (CTest sets it; by hand: VC_BIN_DIR=build/bin node echo.test.mjs)');
  fs.mkdirSync(shotDir, { recursive: true });
  const media = makeMedia();
  const port = await startMcu();
  log(`vc-mcu listening on port ${port}`);

  browser = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream',
      '--autoplay-policy=no-user-gesture-required',
      `--use-file-for-fake-audio-capture=${media.wav}`, `--use-file-for-fake-video-capture=${media.y4m}`,
    ],
  });

  const base = `http://127.0.0.1:${port}/?room=${kRoom}&name=Tr%C3%ACnh%20duy%E1%BB%87t&autojoin=1`;
  const started = Date.now();
  const page = await openPage(browser, base, 'vi');

  const received = await waitFor(() => pageMedia(page), kFirstFrameTimeoutMs,
                                 'no remote video frames (videoWidth > 0 and framesDecoded > 5)');
  const seenAfterMs = Date.now() - started;
  const joinToFrame = await page.evaluate(() =>
    window.vc.firstRemoteFrameAt && window.vc.joinedAt ? window.vc.firstRemoteFrameAt - window.vc.joinedAt : null);
  log(`remote video ${received.videoWidth}px wide, ${received.framesDecoded} frames decoded`);
  log(`join → first remote frame: ${joinToFrame === null ? 'n/a' : Math.round(joinToFrame) + ' ms'} ` +
      `(page load → 6 frames decoded: ${seenAfterMs} ms)`);

  const peak = await waitFor(async () => {
    const p = await audioPeak(page);
    p.hz = p.peakBin * p.binHz;
    p.ok = p.db > -80 && Math.abs(p.hz - kToneHz) <= 2 * p.binHz;
    return p;
  }, 10_000, `remote audio has no ${kToneHz} Hz peak`);
  log(`remote audio peak ${peak.hz.toFixed(1)} Hz at ${peak.db.toFixed(1)} dBFS (bin ${peak.binHz.toFixed(1)} Hz)`);

  const afterAudio = await pageMedia(page);
  if (!(afterAudio.audioPackets > 0)) fail(`inbound-rtp audio packetsReceived is ${afterAudio.audioPackets}`);
  log(`inbound-rtp audio packetsReceived ${afterAudio.audioPackets}`);

  const pixel = await centrePixel(page);
  if (!(pixel.r > 150 && pixel.g < 100 && pixel.b < 100)) fail(`remote video is not red: ${JSON.stringify(pixel)}`);
  log(`remote video centre pixel rgb(${pixel.r}, ${pixel.g}, ${pixel.b})`);

  if (afterAudio.connection !== 'connected') fail(`connectionState is ${afterAudio.connection}`);
  await page.waitForTimeout(300);  // let the status line settle before the picture
  await page.screenshot({ path: path.join(shotDir, 'browser-echo.png') });

  // Mute: the local audio track is disabled and the button offers to unmute.
  await page.click('#mute');
  const muted = await page.evaluate(() => ({
    enabled: window.vc.localStream.getAudioTracks().map((t) => t.enabled),
    label: document.getElementById('mute').textContent,
  }));
  if (muted.enabled.some((e) => e) || muted.label !== 'Bật micro') fail(`mute did not work: ${JSON.stringify(muted)}`);
  await page.click('#mute');

  // A second participant with the English page: both see two names, then one leaves.
  const pageEn = await openPage(browser, `${base.replace('Tr%C3%ACnh%20duy%E1%BB%87t', 'Browser%20EN')}&lang=en`, 'en');
  await waitFor(() => pageMedia(pageEn), kFirstFrameTimeoutMs, 'English page: no remote video frames');
  await waitFor(() => page.evaluate(() => ({ ok: window.vc.participants.length === 2, n: window.vc.participants.length })),
                10_000, 'first page did not see the second participant');
  await pageEn.waitForTimeout(300);
  await pageEn.screenshot({ path: path.join(shotDir, 'browser-echo-en.png') });

  await page.click('#leave');
  await waitFor(() => page.evaluate(() => ({ ok: window.vc.state === 'left', state: window.vc.state })),
                5_000, 'Leave did not end in the "left" state');
  await waitFor(() => pageEn.evaluate(() => ({ ok: window.vc.participants.length === 1, n: window.vc.participants.length })),
                10_000, 'second page did not see the first participant leave');
  log(`screenshots in ${shotDir}`);
  const noisy = pageLog.filter((line) => / (warning|error|pageerror)\] /.test(line));
  log(`page console: ${noisy.length} warning/error line(s)` + (noisy.length ? '\n  ' + noisy.join('\n  ') : ''));

  await browser.close();
  browser = null;
  await stopMcu();
  clearTimeout(hardTimer);
  fs.rmSync(tmp, { recursive: true, force: true });
  log('PASS');
}

// SIGTERM, then insist: a clean exit (0, or killed by our SIGTERM) is part of passing.
async function stopMcu() {
  if (mcu.exitCode !== null || mcu.signalCode !== null) fail('vc-mcu exited during the test');
  const exited = new Promise((resolve) => mcu.once('exit', (code, signal) => resolve({ code, signal })));
  mcu.kill('SIGTERM');
  const result = await Promise.race([exited, sleep(5000).then(() => null)]);
  if (!result) { mcu.kill('SIGKILL'); fail('vc-mcu did not exit within 5 s of SIGTERM'); }
  if (result.code !== 0 && result.signal !== 'SIGTERM') fail(`vc-mcu exited with code ${result.code}, signal ${result.signal}`);
}

main().catch((error) => fail(error.stack || String(error)));
