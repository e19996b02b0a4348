// What every browser test needs: logging that ends in one FAIL line with the page's and the MCU's
// last words, bounded waits, a real vc-mcu on a free port, headless Chromium with fake media
// files, and page probes (remote audio spectrum). One harness per test file.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Imported by hand so a missing node_modules says how to fix it instead of a module-not-found trace.
const { chromium } = await import('playwright-core').catch(() => {
  console.error('FAIL: playwright-core is missing: run `npm ci` (or `npm install`) in tests/browser');
  process.exit(1);
});

const kListenTimeoutMs = 10_000;

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function createHarness(name, hardTimeoutMs) {
  const binDir = process.env.VC_BIN_DIR || '';
  const buildDir = process.argv[2] || process.env.VC_BUILD_DIR || path.dirname(path.resolve(binDir || '.'));
  const h = {
    binDir, buildDir,
    shotDir: path.join(buildDir, 'screenshots'),
    tmp: fs.mkdtempSync(path.join(os.tmpdir(), `vc-${name.replace(/\W/g, '-')}-`)),
    mcuLog: [], pageLog: [], mcu: null, browser: null, children: [],
  };
  const hardTimer = setTimeout(() => h.fail(`hard timeout: the test took over ${hardTimeoutMs / 1000} s`),
                               hardTimeoutMs);

  h.log = (text) => console.log(`[${name}] ${text}`);

  h.fail = (message) => {
    console.error(`\n[${name}] FAIL: ${message}`);
    if (h.pageLog.length) console.error('--- page console (last 40) ---\n' + h.pageLog.slice(-40).join('\n'));
    if (h.mcuLog.length) console.error('--- vc-mcu stderr (last 60) ---\n' + h.mcuLog.slice(-60).join('\n'));
    for (const child of h.children) if (child.exitCode === null) child.kill('SIGKILL');
    if (h.mcu && h.mcu.exitCode === null) h.mcu.kill('SIGKILL');
    h.browser?.close().catch(() => {});
    fs.rmSync(h.tmp, { recursive: true, force: true });
    process.exit(1);
  };

  // Polls check() until it returns {ok: true, ...}; fails with what() after timeoutMs.
  h.waitFor = async (check, timeoutMs, what) => {
    const deadline = Date.now() + timeoutMs;
    let last;
    while (Date.now() < deadline) {
      last = await check();
      if (last?.ok) return last;
      await sleep(250);
    }
    h.fail(`${what} (after ${timeoutMs / 1000} s; last seen: ${JSON.stringify(last)})`);
  };

  // A mono 48 kHz WAV of a sine tone (Chromium loops the fake capture file).
  h.makeTone = (hz, fileName = `tone-${hz}.wav`) => {
    const wav = path.join(h.tmp, fileName);
    execFileSync('sox', ['-n', '-r', '48000', '-c', '1', '-b', '16', wav, 'synth', '30', 'sine', String(hz)],
                 { stdio: ['ignore', 'ignore', 'pipe'] });  // quiet unless it fails
    return wav;
  };

  // YUV4MPEG2 4:2:0, 320x240, 30 frames of one solid colour given as BT.601 Y, U, V.
  h.makeSolidClip = ([y, u, v], fileName = 'clip.y4m') => {
    const width = 320, height = 240, frames = 30;
    const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F30:1 Ip A1:1 C420jpeg\n`);
    const frame = Buffer.concat([
      Buffer.from('FRAME\n'),
      Buffer.alloc(width * height, y),
      Buffer.alloc((width / 2) * (height / 2), u),
      Buffer.alloc((width / 2) * (height / 2), v),
    ]);
    const y4m = path.join(h.tmp, fileName);
    fs.writeFileSync(y4m, Buffer.concat([header, ...Array(frames).fill(frame)]));
    return y4m;
  };

  // Starts vc-mcu on 127.0.0.1:0 and resolves to the port it printed.
  h.startMcu = (extraArgs = []) => {
    const exe = path.join(binDir, 'vc-mcu');
    if (!fs.existsSync(exe)) h.fail(`${exe} does not exist (build the vc-mcu target first)`);
    h.mcu = spawn(exe, ['--listen', '127.0.0.1:0', ...extraArgs], { stdio: ['ignore', 'inherit', 'pipe'] });
    h.mcu.on('exit', (code, signal) => h.mcuLog.push(`(vc-mcu exited: code ${code}, signal ${signal})`));
    return new Promise((resolve) => {
      const timer = setTimeout(() => h.fail('vc-mcu did not print "listening on http://127.0.0.1:PORT/" within 10 s'),
                               kListenTimeoutMs);
      let buffered = '';
      let found = false;
      h.mcu.stderr.setEncoding('utf8');
      h.mcu.stderr.on('data', (chunk) => {
        buffered += chunk;
        const lines = buffered.split('\n');
        buffered = lines.pop();
        for (const line of lines) {
          h.mcuLog.push(line);
          const match = !found && line.match(/listening on http:\/\/127\.0\.0\.1:(\d+)\//);
          if (match) { found = true; clearTimeout(timer); resolve(Number(match[1])); }
        }
      });
      h.mcu.on('exit', (code, signal) => {
        if (!found) h.fail(`vc-mcu exited before listening (code ${code}, signal ${signal})`);
      });
    });
  };

  // SIGTERM, then insist: a clean exit (0, or killed by our SIGTERM) is part of passing.
  h.stopMcu = async () => {
    const mcu = h.mcu;
    if (mcu.exitCode !== null || mcu.signalCode !== null) h.fail('vc-mcu exited during the test');
    const exited = new Promise((resolve) => mcu.once('exit', (code, signal) => resolve({ code, signal })));
    mcu.kill('SIGTERM');
    const result = await Promise.race([exited, sleep(5000).then(() => null)]);
    if (!result) { mcu.kill('SIGKILL'); h.fail('vc-mcu did not exit within 5 s of SIGTERM'); }
    if (result.code !== 0 && result.signal !== 'SIGTERM') h.fail(`vc-mcu exited with code ${result.code}, signal ${result.signal}`);
  };

  // Headless Chromium whose fake camera and microphone play the given files.
  h.launchChromium = async ({ wav, y4m }) => {
    const fakeFiles = [];
    if (wav) fakeFiles.push(`--use-file-for-fake-audio-capture=${wav}`);
    if (y4m) fakeFiles.push(`--use-file-for-fake-video-capture=${y4m}`);
    h.browser = await chromium.launchPersistentContext(path.join(h.tmp, 'profile'), {
      executablePath: '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1280, height: 800 },
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream',
        '--autoplay-policy=no-user-gesture-required', ...fakeFiles,
      ],
    });
    return h.browser;
  };

  h.openPage = async (url, label) => {
    const page = await h.browser.newPage();
    page.on('console', (m) => h.pageLog.push(`[${label} ${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => h.pageLog.push(`[${label} pageerror] ${e.message}`));
    const response = await page.goto(url);
    if (!response || response.status() !== 200) h.fail(`GET ${url} answered ${response?.status()}`);
    return page;
  };

  // A helper process whose stdout and stderr are kept; killed with the test on failure.
  h.spawnChild = (exe, args) => {
    const child = spawn(exe, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdoutText = '';
    child.stderrText = '';
    child.stdout.setEncoding('utf8').on('data', (c) => { child.stdoutText += c; });
    child.stderr.setEncoding('utf8').on('data', (c) => { child.stderrText += c; });
    child.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    h.children.push(child);
    return child;
  };

  h.pass = async () => {
    const noisy = h.pageLog.filter((line) => / (warning|error|pageerror)\] /.test(line));
    h.log(`page console: ${noisy.length} warning/error line(s)` + (noisy.length ? '\n  ' + noisy.join('\n  ') : ''));
    await h.browser?.close();
    h.browser = null;
    if (h.mcu) await h.stopMcu();
    clearTimeout(hardTimer);
    fs.rmSync(h.tmp, { recursive: true, force: true });
    h.log('PASS');
  };

  if (!binDir) h.fail('VC_BIN_DIR is not set (CTest sets it; by hand: VC_BIN_DIR=build/bin node <test>.mjs)');
  fs.mkdirSync(h.shotDir, { recursive: true });
  return h;
}

// The remote audio spectrum, from an AnalyserNode on the page's remote stream: dB at each of
// `frequencies` (the strongest bin within ±1 bin) and the overall peak.
export function remoteSpectrum(page, frequencies) {
  return page.evaluate(async (frequencies) => {
    if (!window.__probe) {
      const context = new AudioContext();
      await context.resume();
      const source = context.createMediaStreamSource(new MediaStream(window.vc.remoteStream.getAudioTracks()));
      const analyser = context.createAnalyser();
      analyser.fftSize = 4096;
      analyser.smoothingTimeConstant = 0.5;
      source.connect(analyser);
      window.__probe = { context, analyser };
    }
    const { context, analyser } = window.__probe;
    const bins = new Float32Array(analyser.frequencyBinCount);
    analyser.getFloatFrequencyData(bins);
    const binHz = context.sampleRate / analyser.fftSize;
    let peak = 1;
    for (let i = 2; i < bins.length; ++i) if (bins[i] > bins[peak]) peak = i;
    const at = {};
    for (const hz of frequencies) {
      const centre = Math.round(hz / binHz);
      at[hz] = Math.max(bins[centre - 1], bins[centre], bins[centre + 1]);
    }
    return { peakHz: peak * binHz, peakDb: bins[peak], binHz, at };
  }, frequencies);
}
