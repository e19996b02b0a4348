import { chromium } from '/work/main/tests/browser/node_modules/playwright-core/index.mjs';
import { execFileSync } from 'child_process';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const page = await browser.newPage();
await page.goto('about:blank');
const variants = ['av', 'mixed', 'passive', 'audioonly', 'videoonly'];
for (const v of variants) {
  const offer = await page.evaluate(async (v) => {
    const pc = new RTCPeerConnection({ bundlePolicy: 'max-bundle' });
    window.pc = pc;
    if (v === 'av' || v === 'passive') { pc.addTransceiver('audio'); pc.addTransceiver('video'); }
    if (v === 'mixed') { pc.addTransceiver('audio', {direction:'sendonly'}); pc.addTransceiver('video', {direction:'recvonly'}); pc.createDataChannel('x'); pc.addTransceiver('audio'); }
    if (v === 'audioonly') pc.addTransceiver('audio', {direction: 'recvonly'});
    if (v === 'videoonly') pc.addTransceiver('video');
    const o = await pc.createOffer();
    if (v === 'passive') o.sdp = o.sdp.replace(/a=setup:actpass/g, 'a=setup:passive');
    await pc.setLocalDescription(v === 'passive' ? undefined : o);
    return o.sdp;
  }, v);
  let answer;
  try { answer = execFileSync('./negotiate-stdin', [], { input: offer }).toString(); } catch (e) { console.log(v, 'negotiate failed', e.stdout.toString()); continue; }
  const result = await page.evaluate(async (answer) => {
    try {
      await pc.setRemoteDescription({ type: 'answer', sdp: answer });
      return 'OK ' + JSON.stringify(pc.getTransceivers().map(t => [t.mid, t.receiver.track.kind, t.currentDirection, t.stopped]))
        + ' sctp=' + (pc.sctp ? pc.sctp.state : null);
    } catch (e) { return 'FAIL ' + e.message; }
  }, answer);
  console.log(v, result);
}
await browser.close();
