import { chromium } from '/work/main/tests/browser/node_modules/playwright-core/index.mjs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const page = await browser.newPage();
await page.goto('about:blank');
const out = await page.evaluate(async () => {
  const pc = new RTCPeerConnection({ bundlePolicy: 'max-bundle' });
  const cands = [];
  pc.onicecandidate = e => { if (e.candidate) cands.push(e.candidate.candidate); };
  pc.addTransceiver('audio'); pc.addTransceiver('video');
  await pc.setLocalDescription(await pc.createOffer());
  await new Promise(r => { if (pc.iceGatheringState === 'complete') r(); pc.onicegatheringstatechange = () => { if (pc.iceGatheringState === 'complete') r(); }; setTimeout(r, 4000); });
  return { sdp: pc.localDescription.sdp, cands };
});
const fs = await import('fs'); fs.writeFileSync('chromium-offer-gathered.sdp', out.sdp); fs.writeFileSync('chromium-candidates.txt', out.cands.join('\n') + '\n'); console.log(out.sdp);
await browser.close();
