// Browser client of vc-mcu: signaling protocol v1 (docs/signaling.md) over ws(s)://<host>/ws.
// Plain JS modules, no build step. window.vc exposes the session so tests can reach the RTCPeerConnection.
import { TEXT } from './i18n.js';

const FATAL_CODES = new Set(['message_too_large', 'media_failed']);
const ROOM_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
const params = new URLSearchParams(location.search);
const lang = params.get('lang') === 'en' ? 'en' : 'vi';
const t = TEXT[lang];
const $ = (id) => document.getElementById(id);

// The session, reachable from tests and the console. Reset on every join.
const vc = {
  state: 'idle', // idle | connecting | joining | joined | negotiating | connected | left | error
  pc: null,
  ws: null,
  id: null,
  room: null,
  participants: [],
  speakers: [], // ids talking now (active_speaker events)
  localStream: null,
  remoteStream: null,
  muted: false,
  hand: false, // our hand is up, as the MCU last said (hand events, participants lists)
  mediaNote: '', // why we send less than audio+video, shown next to the media status
  lastError: null,
  joinedAt: 0,
  firstRemoteFrameAt: 0,
};
window.vc = vc;

function format(template, values) {
  return template.replace(/\{(\w+)\}/g, (_, key) => values[key] ?? '');
}

function withNote(text) {
  return vc.mediaNote ? `${text} ${vc.mediaNote}` : text;
}

function setStatus(text, kind = '') {
  const el = $('status');
  el.textContent = text;
  el.className = 'status' + (kind ? ' ' + kind : '');
}

function showError(code, reason) {
  const words = t.errors[code] || reason || code;
  vc.lastError = { code, reason };
  setStatus(`${t.errorPrefix}: ${words} (${t.code}: ${code})`, 'error');
}

function applyLanguage() {
  document.documentElement.lang = lang;
  document.title = t.title;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t[el.dataset.i18n];
  for (const el of document.querySelectorAll('[data-i18n-placeholder]')) {
    el.placeholder = t[el.dataset.i18nPlaceholder];
  }
  const other = new URLSearchParams(location.search);
  if (lang === 'en') other.delete('lang'); else other.set('lang', 'en');
  other.delete('autojoin');
  const query = other.toString();
  $('lang-switch').href = location.pathname + (query ? '?' + query : '');
}

function send(message) {
  if (vc.ws && vc.ws.readyState === WebSocket.OPEN) vc.ws.send(JSON.stringify(message));
}

function renderParticipants() {
  const list = $('participants');
  list.replaceChildren();
  for (const p of vc.participants) {
    const item = document.createElement('li');
    let text = p.id === vc.id ? `${p.name} ${t.you}` : p.name;
    if (p.muted) text += ` — ${t.mutedMark}`;
    if (p.hand) text += ` — ✋ ${t.handMark}`;
    item.textContent = text;
    const classes = [];
    if (p.id === vc.id) classes.push('me');
    if (vc.speakers.includes(p.id)) classes.push('speaking');
    if (p.muted) classes.push('muted');
    if (p.hand) classes.push('hand');
    item.className = classes.join(' ');
    if (vc.speakers.includes(p.id)) item.title = t.speaking;
    list.append(item);
  }
  // The MCU lowers our hand itself (floor given, i.e. unmuted): follow the list.
  const me = vc.participants.find((p) => p.id === vc.id);
  if (me) setHand(Boolean(me.hand));
}

function setHand(raised) {
  vc.hand = raised;
  const button = $('hand');
  button.textContent = raised ? t.lowerHand : t.raiseHand;
  button.setAttribute('aria-pressed', String(raised));
}

function showCall(inCall) {
  $('join-form').hidden = inCall;
  $('call').hidden = !inCall;
  $('join').disabled = false;
}

function setMuted(muted) {
  vc.muted = muted;
  for (const track of vc.localStream?.getAudioTracks() ?? []) track.enabled = !muted;
  const button = $('mute');
  button.textContent = muted ? t.unmute : t.mute;
  button.setAttribute('aria-pressed', String(muted));
}

// Frees the media and the socket; the page goes back to the join form.
function teardown() {
  if (vc.pc) { vc.pc.onicecandidate = vc.pc.ontrack = vc.pc.onconnectionstatechange = null; vc.pc.close(); }
  for (const track of vc.localStream?.getTracks() ?? []) track.stop();
  if (vc.ws) { vc.ws.onclose = vc.ws.onmessage = vc.ws.onerror = null; vc.ws.close(); }
  vc.ws = null;
  $('remote').srcObject = null;
  $('local').srcObject = null;
  $('unblock').hidden = true;
  $('recording').hidden = true;
  showCall(false);
}

function fail(code, reason) {
  teardown();
  vc.state = 'error';
  showError(code, reason);
}

async function openLocalMedia() {
  try {
    return await navigator.mediaDevices.getUserMedia({ audio: true, video: true });
  } catch (videoError) {
    console.warn('audio+video capture failed:', videoError);
  }
  try {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    vc.mediaNote = t.audioOnly;
    return stream;
  } catch (audioError) {
    console.warn('audio capture failed:', audioError);
    vc.mediaNote = t.noDevices;
    return new MediaStream();
  }
}

function playRemote() {
  const video = $('remote');
  video.play().then(() => { $('unblock').hidden = true; }).catch(() => { $('unblock').hidden = false; });
}

function onRemoteTrack(event) {
  // One stream for all remote tracks, whatever msid the MCU uses, so audio plays through the video.
  const tracks = vc.remoteStream ? vc.remoteStream.getTracks() : [];
  if (!tracks.includes(event.track)) tracks.push(event.track);
  vc.remoteStream = new MediaStream(tracks);
  const video = $('remote');
  video.srcObject = vc.remoteStream;
  if (event.track.kind === 'video' && 'requestVideoFrameCallback' in video) {
    video.requestVideoFrameCallback(() => {
      if (!vc.firstRemoteFrameAt) vc.firstRemoteFrameAt = performance.now();
    });
  }
  playRemote();
}

function onConnectionState() {
  const state = vc.pc.connectionState;
  if (state === 'connected') {
    vc.state = 'connected';
    setStatus(withNote(t.mediaConnected), 'ok');
  } else if (state === 'disconnected') {
    setStatus(t.mediaDisconnected);
  } else if (state === 'failed') {
    vc.state = 'error';
    setStatus(`${t.errorPrefix}: ${t.mediaFailed}`, 'error');
  }
}

async function startMedia() {
  const stream = await openLocalMedia();
  if (vc.state !== 'joined') { for (const track of stream.getTracks()) track.stop(); return; }
  vc.localStream = stream;
  $('local').srcObject = stream.getVideoTracks().length ? stream : null;
  setMuted(vc.muted);

  const pc = new RTCPeerConnection({ bundlePolicy: 'max-bundle', rtcpMuxPolicy: 'require' });
  vc.pc = pc;
  vc.state = 'negotiating';
  const pendingLocal = [];
  let offerSent = false;
  pc.onicecandidate = (event) => {
    // An empty candidate tells the MCU that gathering is done.
    const message = event.candidate
      ? { type: 'candidate', ...event.candidate.toJSON() }
      : { type: 'candidate', candidate: '', sdpMid: pc.getTransceivers()[0]?.mid ?? '0', sdpMLineIndex: 0 };
    if (offerSent) send(message); else pendingLocal.push(message);
  };
  pc.ontrack = onRemoteTrack;
  pc.onconnectionstatechange = onConnectionState;

  for (const track of stream.getTracks()) pc.addTrack(track, stream);
  // Still receive what we cannot send (no camera, no microphone).
  if (!stream.getAudioTracks().length) pc.addTransceiver('audio', { direction: 'recvonly' });
  if (!stream.getVideoTracks().length) pc.addTransceiver('video', { direction: 'recvonly' });

  const offer = await pc.createOffer();
  await pc.setLocalDescription(offer);
  if (vc.pc !== pc) return;
  send({ type: 'offer', sdp: pc.localDescription.sdp });
  offerSent = true;
  for (const message of pendingLocal.splice(0)) send(message);
  if (vc.state === 'negotiating') setStatus(withNote(t.negotiating));
}

const pendingRemote = [];

async function addRemoteCandidate(message) {
  const pc = vc.pc;
  if (!pc || !pc.remoteDescription) { pendingRemote.push(message); return; }
  let candidate = message.candidate ?? '';
  if (candidate && !candidate.startsWith('candidate:')) candidate = 'candidate:' + candidate;
  const init = {
    candidate,
    sdpMid: message.sdpMid ?? (message.sdpMLineIndex == null ? pc.getTransceivers()[0]?.mid ?? '0' : null),
    sdpMLineIndex: message.sdpMLineIndex ?? null,
  };
  try {
    await pc.addIceCandidate(init);
  } catch (error) {
    // A refused end-of-candidates marker is harmless; a refused candidate is worth a log line.
    if (candidate) console.warn('addIceCandidate failed:', error, message);
  }
}

const handlers = {
  joined(message) {
    vc.state = 'joined';
    vc.id = message.id;
    vc.room = message.room;
    vc.joinedAt = performance.now();
    vc.participants = message.participants ?? [];
    renderParticipants();
    $('room-name').textContent = format(t.roomIs, { room: message.room });
    showCall(true);
    setStatus(format(t.inRoom, { room: message.room }));
    startMedia().catch((error) => {
      console.error('media setup failed:', error);
      fail('client', String(error));
    });
  },
  async answer(message) {
    if (!vc.pc) return;
    await vc.pc.setRemoteDescription({ type: 'answer', sdp: message.sdp });
    for (const queued of pendingRemote.splice(0)) await addRemoteCandidate(queued);
  },
  candidate(message) { return addRemoteCandidate(message); },
  participants(message) {
    vc.participants = message.participants ?? [];
    renderParticipants();
  },
  muted(message) {
    // Server-side mute by the chair or an operator: the MCU no longer mixes our audio.
    vc.serverMuted = Boolean(message.muted);
    const by = message.by === 'admin' ? t.byAdmin : t.byChair;
    setStatus(format(message.muted ? t.mutedBy : t.unmutedBy, { by }), message.muted ? 'error' : 'ok');
  },
  hand(message) {
    const p = vc.participants.find((entry) => entry.id === message.participant);
    if (p) p.hand = Boolean(message.raised);
    renderParticipants();
  },
  recording(message) {
    // Everyone must see that the room is being recorded (docs/signaling.md "recording").
    $('recording').hidden = !message.recording;
  },
  active_speaker(message) {
    vc.speakers = Array.isArray(message.participants) ? message.participants : [];
    renderParticipants();
  },
  left() {
    teardown();
    vc.state = 'left';
    setStatus(t.left);
  },
  error(message) {
    console.warn('MCU error:', message.code, message.reason);
    if (FATAL_CODES.has(message.code) || vc.state === 'joining') fail(message.code, message.reason);
    else showError(message.code, message.reason);
  },
};

async function onSocketMessage(event) {
  let message;
  try { message = JSON.parse(event.data); } catch { console.warn('not JSON from MCU:', event.data); return; }
  const handler = handlers[message?.type];
  if (!handler) { console.warn('unknown message from MCU:', message); return; }
  try {
    await handler(message);
  } catch (error) {
    console.error(`handling ${message.type} failed:`, error);
    showError('client', String(error));
  }
}

function join(room, name, pin) {
  if (!ROOM_PATTERN.test(room)) { setStatus(t.badRoomInput, 'error'); $('room').focus(); return; }
  if (!name || [...name].length > 64) { setStatus(t.badNameInput, 'error'); $('name').focus(); return; }
  teardown();
  Object.assign(vc, {
    state: 'connecting', pc: null, id: null, room, participants: [], speakers: [], localStream: null,
    remoteStream: null, hand: false, mediaNote: '', lastError: null, joinedAt: 0, firstRemoteFrameAt: 0,
  });
  pendingRemote.length = 0;
  $('join').disabled = true;
  setStatus(t.connecting);
  setHand(false);

  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const ws = new WebSocket(`${scheme}://${location.host}/ws`);
  vc.ws = ws;
  ws.onopen = () => {
    vc.state = 'joining';
    setStatus(t.joining);
    const message = { type: 'join', room, name };
    if (pin) message.pin = pin;
    send(message);
  };
  ws.onmessage = onSocketMessage;
  ws.onerror = () => console.warn('WebSocket error');
  ws.onclose = () => {
    const wasUp = vc.state !== 'connecting';
    teardown();
    vc.state = 'error';
    setStatus(`${t.errorPrefix}: ${wasUp ? t.socketClosed : t.socketError}`, 'error');
  };
}

function leave() {
  if (vc.ws && vc.ws.readyState === WebSocket.OPEN) {
    vc.ws.onclose = () => handlers.left();
    send({ type: 'leave' });
    setTimeout(() => { if (vc.state !== 'left') handlers.left(); }, 2000);
  } else {
    handlers.left();
  }
}

function init() {
  applyLanguage();
  $('room').value = params.get('room') ?? '';
  $('name').value = params.get('name') ?? '';
  $('pin').value = params.get('pin') ?? '';
  $('join-form').addEventListener('submit', (event) => {
    event.preventDefault();
    join($('room').value.trim(), $('name').value.trim(), $('pin').value.trim());
  });
  $('mute').addEventListener('click', () => setMuted(!vc.muted));
  // The button follows the MCU's answer (a hand event), not the click.
  $('hand').addEventListener('click', () => send({ type: 'hand', raised: !vc.hand }));
  $('leave').addEventListener('click', leave);
  $('unblock').addEventListener('click', playRemote);
  if (params.get('autojoin') === '1') $('join-form').requestSubmit();
}

init();
