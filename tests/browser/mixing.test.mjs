// browser.mixing: one Chromium participant (fake microphone: an 880 Hz tone) and two GStreamer
// webrtcbin participants (440 Hz, 660 Hz) in one room of a real vc-mcu. Each must hear the two
// others' tones and not its own (the MCU's minus-self mix).
//   VC_BIN_DIR=build/bin node mixing.test.mjs [build-dir]
import path from 'node:path';
import fs from 'node:fs';

import { createHarness, remoteSpectrum, sleep } from './lib/harness.mjs';

const kRoom = 'giao-ban-mix';
const kBrowserHz = 880;
const kPeers = [{ name: 'Phòng GD Mỹ Đức', hz: 440 }, { name: 'Phòng GD Ba Vì', hz: 660 }];
const kAllHz = [440, 660, 880];
const kPeerSeconds = 25;
// "Hears" = the tone stands out; "not its own" = its own tone is this much below the others.
const kMinPresentDb = -60;
const kOwnBelowOthersDb = 15;

const h = createHarness('browser.mixing', 170_000);
const { log, fail, waitFor } = h;

function parsePeerReport(child, name) {
  const line = child.stdoutText.trim().split('\n').pop() || '';
  try {
    return JSON.parse(line);
  } catch {
    fail(`${name}: no JSON report (exit code ${child.exitCode})\n${child.stderrText.slice(-3000)}`);
  }
}

async function main() {
  const peerExe = path.join(h.buildDir, 'tests', 'vc-test-tone-peer');
  if (!fs.existsSync(peerExe)) fail(`${peerExe} does not exist (build the vc-test-tone-peer target)`);
  const port = await h.startMcu();
  log(`vc-mcu listening on port ${port}`);
  await h.launchChromium({ wav: h.makeTone(kBrowserHz), y4m: h.makeSolidClip([81, 90, 240]) });
  const page = await h.openPage(
      `http://127.0.0.1:${port}/?room=${kRoom}&name=S%E1%BB%9F%20GD%C4%90T&autojoin=1`, 'browser');
  await waitFor(() => page.evaluate(() => ({ ok: window.vc?.state === 'connected', state: window.vc?.state })),
                30_000, 'the page did not get connected');

  const peers = kPeers.map((p) => ({
    ...p,
    child: h.spawnChild(peerExe, ['--port', String(port), '--room', kRoom, '--name', p.name,
                                  '--tone', String(p.hz), '--seconds', String(kPeerSeconds),
                                  '--listen', kAllHz.join(',')]),
  }));

  // The browser hears 440 and 660, and its own 880 stays far below them.
  const heard = await waitFor(async () => {
    if (!(await page.evaluate(() => !!window.vc?.remoteStream?.getAudioTracks().length))) return { ok: false, why: 'no remote audio track' };
    const s = await remoteSpectrum(page, kAllHz);
    const others = Math.min(s.at[440], s.at[660]);
    s.ok = others > kMinPresentDb && s.at[kBrowserHz] < others - kOwnBelowOthersDb;
    return s;
  }, kPeerSeconds * 1000, `the browser does not hear 440 and 660 Hz without its own ${kBrowserHz} Hz`);
  log(`browser hears 440 Hz ${heard.at[440].toFixed(1)} dB, 660 Hz ${heard.at[660].toFixed(1)} dB, ` +
      `own 880 Hz ${heard.at[880].toFixed(1)} dB`);
  await page.screenshot({ path: path.join(h.shotDir, 'browser-mixing.png') });

  for (const peer of peers) {
    const code = await Promise.race([peer.child.exited, sleep((kPeerSeconds + 40) * 1000).then(() => 'timeout')]);
    if (code !== 0) fail(`${peer.name} (${peer.hz} Hz) ended with ${code}\n${peer.child.stderrText.slice(-3000)}`);
    const report = parsePeerReport(peer.child, peer.name);
    const others = kAllHz.filter((hz) => hz !== peer.hz).map((hz) => report.heard_db[hz]);
    const own = report.heard_db[peer.hz];
    log(`${peer.name} (${peer.hz} Hz) hears ${JSON.stringify(report.heard_db)}`);
    if (!(Math.min(...others) > own + kOwnBelowOthersDb)) {
      fail(`${peer.name} should hear the two other tones ${kOwnBelowOthersDb} dB above its own: ${JSON.stringify(report)}`);
    }
  }
  await h.pass();
}

main().catch((error) => fail(error.stack || String(error)));
