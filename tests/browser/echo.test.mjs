// browser.echo: headless Chromium joins an echo room of a real vc-mcu through the page the MCU
// serves, sends a 440 Hz tone and a solid red clip, and must get both back; then two pages see
// each other, a raised hand and a leave.
//   VC_BIN_DIR=build/bin node echo.test.mjs [build-dir]
// Screenshots go to <build-dir>/screenshots (build-dir defaults to VC_BUILD_DIR, then VC_BIN_DIR/..).
import path from 'node:path';

import { createHarness, remoteSpectrum } from './lib/harness.mjs';

const kFirstFrameTimeoutMs = 45_000;
const kToneHz = 440;
const kRoom = 'echo-browser';
const kRedYuv = [81, 90, 240];  // BT.601

const h = createHarness('browser.echo', 160_000);
const { log, fail, waitFor, shotDir } = h;

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
  const port = await h.startMcu();
  log(`vc-mcu listening on port ${port}`);
  await h.launchChromium({ wav: h.makeTone(kToneHz), y4m: h.makeSolidClip(kRedYuv) });

  const base = `http://127.0.0.1:${port}/?room=${kRoom}&name=Tr%C3%ACnh%20duy%E1%BB%87t&autojoin=1`;
  const started = Date.now();
  const page = await h.openPage(base, 'vi');

  const received = await waitFor(() => pageMedia(page), kFirstFrameTimeoutMs,
                                 'no remote video frames (videoWidth > 0 and framesDecoded > 5)');
  const seenAfterMs = Date.now() - started;
  const joinToFrame = await page.evaluate(() =>
    window.vc.firstRemoteFrameAt && window.vc.joinedAt ? window.vc.firstRemoteFrameAt - window.vc.joinedAt : null);
  log(`remote video ${received.videoWidth}px wide, ${received.framesDecoded} frames decoded`);
  log(`join → first remote frame: ${joinToFrame === null ? 'n/a' : Math.round(joinToFrame) + ' ms'} ` +
      `(page load → 6 frames decoded: ${seenAfterMs} ms)`);

  const peak = await waitFor(async () => {
    const p = await remoteSpectrum(page, [kToneHz]);
    p.ok = p.peakDb > -80 && Math.abs(p.peakHz - kToneHz) <= 2 * p.binHz;
    return p;
  }, 10_000, `remote audio has no ${kToneHz} Hz peak`);
  log(`remote audio peak ${peak.peakHz.toFixed(1)} Hz at ${peak.peakDb.toFixed(1)} dBFS (bin ${peak.binHz.toFixed(1)} Hz)`);

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
  const pageEn = await h.openPage(`${base.replace('Tr%C3%ACnh%20duy%E1%BB%87t', 'Browser%20EN')}&lang=en`, 'en');
  await waitFor(() => pageMedia(pageEn), kFirstFrameTimeoutMs, 'English page: no remote video frames');
  await waitFor(() => page.evaluate(() => ({ ok: window.vc.participants.length === 2, n: window.vc.participants.length })),
                10_000, 'first page did not see the second participant');

  // Giơ tay: the MCU relays the hand; the Vietnamese page offers to lower it, the English page
  // lists it. Lowered again, both lists clear.
  await page.click('#hand');
  await waitFor(() => page.evaluate(() => ({
    ok: window.vc.hand === true && document.getElementById('hand').textContent === 'Hạ tay' &&
        document.getElementById('participants').textContent.includes('đang giơ tay'),
    label: document.getElementById('hand').textContent,
  })), 5_000, 'raising a hand did not show on the Vietnamese page');
  await waitFor(() => pageEn.evaluate(() => ({
    ok: document.getElementById('participants').textContent.includes('hand raised'),
    list: document.getElementById('participants').textContent,
  })), 5_000, 'the English page did not list the raised hand');
  await pageEn.waitForTimeout(300);
  await pageEn.screenshot({ path: path.join(shotDir, 'browser-echo-en.png') });
  await page.click('#hand');
  await waitFor(() => pageEn.evaluate(() => ({
    ok: !window.vc.participants.some((p) => p.hand) &&
        document.getElementById('hand').textContent === 'Raise hand',
  })), 5_000, 'the lowered hand did not clear');
  log('raised hand relayed to both pages and lowered');

  await page.click('#leave');
  await waitFor(() => page.evaluate(() => ({ ok: window.vc.state === 'left', state: window.vc.state })),
                5_000, 'Leave did not end in the "left" state');
  await waitFor(() => pageEn.evaluate(() => ({ ok: window.vc.participants.length === 1, n: window.vc.participants.length })),
                10_000, 'second page did not see the first participant leave');
  log(`screenshots in ${shotDir}`);
  await h.pass();
}

main().catch((error) => fail(error.stack || String(error)));
