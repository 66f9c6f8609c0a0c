/**
 * The microphone test of `<guide-mic-test>` (MicTest.astro), fetched when its button is pressed: asks
 * for the microphone, shows its level while it listens, gives the verdict and saves it with the rest of
 * the progress. The sound stays in the page: it is measured, optionally recorded into a `blob:` URL
 * for playback, and never sent; the microphone is released as soon as the test ends.
 */
import { LISTEN_MS, SAMPLE_MS, errorVerdict, listenVerdict, recordMic, rmsLevel } from '../lib/mic-test';
import type { MicVerdict } from '../lib/progress';
import { updateProgress } from '../lib/progress-store';

/** The recording shown for playback, kept until the next test or until the page goes away. */
let recording = '';

/** Replaces the recording offered for playback (none: `''`), freeing the previous one. */
function showRecording(root: HTMLElement, url: string) {
  if (recording) URL.revokeObjectURL(recording);
  recording = url;
  const playback = root.querySelector<HTMLElement>('[data-playback]')!;
  const audio = playback.querySelector('audio')!;
  if (url) audio.src = url;
  else audio.removeAttribute('src');
  playback.hidden = !url;
}

/** Records `stream` until `stop` is called, which gives the recording's `blob:` URL, or `''` if it can't. */
function record(stream: MediaStream): () => Promise<string> {
  let recorder: MediaRecorder;
  try {
    recorder = new MediaRecorder(stream);
    recorder.start();
  } catch {
    // No MediaRecorder (older browsers): the test works without playback.
    return () => Promise.resolve('');
  }
  const chunks: Blob[] = [];
  recorder.ondataavailable = (event) => chunks.push(event.data);
  return () =>
    new Promise((resolve) => {
      recorder.onstop = () => {
        const blob = new Blob(chunks, { type: recorder.mimeType });
        resolve(blob.size > 0 ? URL.createObjectURL(blob) : '');
      };
      if (recorder.state === 'inactive') recorder.onstop(new Event('stop'));
      else recorder.stop();
    });
}

/**
 * Listens to `stream` for `LISTEN_MS` through `audio`, moving the level meter in `root`, and gives
 * the verdict and the recording to play back.
 */
async function listen(
  root: HTMLElement,
  stream: MediaStream,
  audio: AudioContext,
): Promise<{ verdict: MicVerdict; url: string }> {
  const meter = root.querySelector<HTMLElement>('[role=meter]')!;
  const bar = meter.querySelector<HTMLElement>('[data-level]')!;
  const left = root.querySelector<HTMLElement>('[data-seconds-left]')!;
  const countdown = root.dataset['countdown'] ?? '{{seconds}}';
  const analyser = audio.createAnalyser();
  analyser.fftSize = 2048;
  // Measured only, never connected to the speaker: no echo.
  audio.createMediaStreamSource(stream).connect(analyser);
  await audio.resume().catch(() => undefined);
  const stop = record(stream);

  let interrupted = false;
  for (const track of stream.getAudioTracks()) {
    track.onmute = track.onended = () => (interrupted = true);
  }
  const samples = new Float32Array(analyser.fftSize);
  const levels: number[] = [];
  const started = performance.now();
  let running = false;
  await new Promise<void>((done) => {
    const tick = () => {
      analyser.getFloatTimeDomainData(samples);
      const level = rmsLevel(samples);
      levels.push(level);
      running ||= audio.state === 'running';
      // Shown in decibels from −60 to 0, the way ears hear loudness.
      const shown = Math.max(0, Math.min(1, 1 + Math.log10(Math.max(level, 1e-6)) / 3));
      bar.style.transform = `scaleX(${shown})`;
      meter.ariaValueNow = `${Math.round(shown * 100)}`;
      const elapsed = performance.now() - started;
      left.textContent = countdown.replace(
        '{{seconds}}',
        `${Math.max(1, Math.ceil((LISTEN_MS - elapsed) / 1000))}`,
      );
      if (elapsed >= LISTEN_MS) {
        clearInterval(timer);
        done();
      }
    };
    const timer = setInterval(tick, SAMPLE_MS);
    tick();
  });
  return { verdict: listenVerdict({ levels, running, interrupted }), url: await stop() };
}

/**
 * Runs the test in `root` (a `<guide-mic-test>`): asks for the microphone, listens, then shows and
 * saves the verdict, each step in the element's `data-state`. `audio` is the AudioContext made when
 * the button was pressed (none where the browser has no Web Audio). Never throws.
 */
export async function runMicTest(root: HTMLElement, audio: AudioContext | undefined): Promise<void> {
  const button = root.querySelector<HTMLButtonElement>('[data-start]')!;
  button.ariaDisabled = 'true';
  showRecording(root, '');
  root.dataset['state'] = 'asking';
  let stream: MediaStream | undefined;
  let result: { verdict: MicVerdict; url: string };
  // Leaving the page mid-test releases the microphone too.
  const release = () => stream?.getTracks().forEach((track) => track.stop());
  addEventListener('pagehide', release);
  try {
    if (!audio || !navigator.mediaDevices?.getUserMedia) throw new TypeError('No microphone access here');
    stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    root.dataset['state'] = 'listening';
    result = await listen(root, stream, audio);
  } catch (error) {
    result = { verdict: errorVerdict(error), url: '' };
  } finally {
    release();
    removeEventListener('pagehide', release);
    void audio?.close().catch(() => undefined);
  }
  const { verdict, url } = result;
  showRecording(root, verdict === 'works' || verdict === 'silent' ? url : '');
  if (url && url !== recording) URL.revokeObjectURL(url);
  updateProgress((p) => recordMic(p, verdict));
  root.dataset['state'] = verdict;
  // Saved: the page around the test (the diagnosis) may now use the result.
  root.dispatchEvent(new Event('guide-mic-result', { bubbles: true }));
  button.ariaDisabled = null;
  button.textContent = root.dataset['again'] ?? button.textContent;
}
