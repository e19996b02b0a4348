// browser.video: one Chromium participant (fake camera: a solid red Y4M) and three GStreamer
// webrtcbin participants (green, blue, magenta) in one room of a real vc-mcu. Everyone receives
// the room's composite: the 2x2 grid of the four colours in join order (Chromium first), each
// tile with its name label. The browser's pixels come from its remote <video> drawn on a canvas.
//   VC_BIN_DIR=build/bin node video.test.mjs [build-dir]
import path from 'node:path';
import fs from 'node:fs';

import { createHarness, sleep } from './lib/harness.mjs';

const kRoom = 'giao-ban-video';
// Tile order = join order; the same colours as tests/video/CompositeProbe (index 1..3 = peers).
const kColours = [
  { name: 'red', rgb: [255, 0, 0] },
  { name: 'green', rgb: [0, 255, 0] },
  { name: 'blue', rgb: [0, 0, 255] },
  { name: 'magenta', rgb: [255, 0, 255] },
];
const kPeerSeconds = 60;

const h = createHarness('browser.video', 170_000);
const { log, fail, waitFor } = h;

// What the page's remote video shows: per tile its nearest test colour and its label pixels.
function browserGrid(page, colours) {
  return page.evaluate((colours) => {
    const video = document.getElementById('remote');
    if (!video || !video.videoWidth) return { ok: false, why: 'no remote video yet' };
    const w = video.videoWidth, hgt = video.videoHeight;
    const canvas = window.__gridCanvas || (window.__gridCanvas = document.createElement('canvas'));
    canvas.width = w;
    canvas.height = hgt;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    ctx.drawImage(video, 0, 0, w, hgt);
    const tiles = [];
    let ok = true;
    for (let t = 0; t < 4; ++t) {
      const cx = (t % 2) * 0.5, cy = Math.floor(t / 2) * 0.5;
      const r = Math.max(2, Math.round(w / 80));
      const px = ctx.getImageData(Math.round((cx + 0.25) * w) - r, Math.round((cy + 0.25) * hgt) - r, 2 * r, 2 * r).data;
      const mean = [0, 0, 0];
      for (let i = 0; i < px.length; i += 4) for (let c = 0; c < 3; ++c) mean[c] += px[i + c];
      for (let c = 0; c < 3; ++c) mean[c] = Math.round(mean[c] / (px.length / 4));
      let best = null, bestDistance = 1e9;
      for (const colour of colours) {
        const d = Math.max(...colour.rgb.map((v, c) => Math.abs(v - mean[c])));
        if (d < bestDistance) { best = colour.name; bestDistance = d; }
      }
      // The label: white text on a dark box at the tile's bottom left.
      const lx = Math.round((cx + 0.005) * w), ly = Math.round((cy + 0.4) * hgt);
      const lw = Math.round(0.225 * w), lh = Math.round(0.095 * hgt);
      const label = ctx.getImageData(lx, ly, lw, lh).data;
      let bright = 0;
      for (let i = 0; i < label.length; i += 4) if (Math.min(label[i], label[i + 1], label[i + 2]) > 180) ++bright;
      const seen = bestDistance <= 80 ? best : '?';
      tiles.push({ mean, seen, label: bright });
      ok = ok && seen === colours[t].name && bright >= (w * hgt) / 4000;
    }
    return { ok, width: w, height: hgt, tiles };
  }, colours);
}

async function main() {
  const peerExe = path.join(h.buildDir, 'tests', 'vc-test-colour-peer');
  if (!fs.existsSync(peerExe)) fail(`${peerExe} does not exist (build the vc-test-colour-peer target)`);
  // 15 fps: Chromium, three webrtcbin peers and the MCU share two cores.
  const port = await h.startMcu(['--video-fps', '15']);
  log(`vc-mcu listening on port ${port}`);
  await h.launchChromium({ wav: h.makeTone(440), y4m: h.makeSolidClip([81, 90, 240]) });
  const page = await h.openPage(
      `http://127.0.0.1:${port}/?room=${kRoom}&name=Ph%C3%B2ng%20%C4%90%E1%BB%8F&autojoin=1`, 'browser');
  await waitFor(() => page.evaluate(() => ({ ok: window.vc?.state === 'connected', state: window.vc?.state })),
                30_000, 'the page did not get connected');

  // One peer at a time, so that the join order (= tile order) is the colour order.
  const peers = [];
  for (let index = 1; index < kColours.length; ++index) {
    peers.push({ index, child: h.spawnChild(peerExe, ['--port', String(port), '--room', kRoom,
                                                      '--colour', String(index),
                                                      '--seconds', String(kPeerSeconds)]) });
    await waitFor(() => page.evaluate((n) => ({ ok: (window.vc?.participants?.length ?? 0) >= n,
                                                 count: window.vc?.participants?.length }), index + 1),
                  20_000, `peer ${index} did not join`);
  }

  const started = Date.now();
  const grid = await waitFor(() => browserGrid(page, kColours), kPeerSeconds * 1000,
                             'the browser does not see the 2x2 grid of the four colours with labels');
  log(`browser sees the grid after ${Date.now() - started} ms: ${JSON.stringify(grid)}`);
  await page.screenshot({ path: path.join(h.shotDir, 'browser-video-grid.png') });

  for (const peer of peers) {
    const code = await Promise.race([peer.child.exited, sleep((kPeerSeconds + 30) * 1000).then(() => 'timeout')]);
    const line = peer.child.stdoutText.trim().split('\n').pop() || '';
    log(`peer ${kColours[peer.index].name}: ${line}`);
    if (code !== 0) fail(`peer ${kColours[peer.index].name} ended with ${code}: ${line}\n${peer.child.stderrText.slice(-3000)}`);
  }
  await h.pass();
}

main().catch((error) => fail(error.stack || String(error)));
