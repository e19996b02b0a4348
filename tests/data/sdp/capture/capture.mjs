import { chromium } from '/work/main/tests/browser/node_modules/playwright-core/index.mjs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const page = await browser.newPage();
await page.goto('about:blank');
const out = await page.evaluate(async () => {
  const r = {};
  let pc = new RTCPeerConnection({ bundlePolicy: 'max-bundle' });
  pc.addTransceiver('audio'); pc.addTransceiver('video');
  r.av = (await pc.createOffer()).sdp; pc.close();
  pc = new RTCPeerConnection();
  pc.addTransceiver('audio', {direction:'sendonly'}); pc.addTransceiver('video', {direction:'recvonly'}); pc.createDataChannel('x');
  pc.addTransceiver('audio');
  r.mixed = (await pc.createOffer()).sdp; pc.close();
  return r;
});
const fs = await import('fs');
fs.writeFileSync('chromium-offer.sdp', out.av);
fs.writeFileSync('chromium-offer-mixed.sdp', out.mixed);
console.log(out.av); console.log('-----'); console.log(out.mixed);
await browser.close();
