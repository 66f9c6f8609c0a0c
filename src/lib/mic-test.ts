/**
 * The microphone test's rules: what the levels heard and the browser's errors mean for the reader,
 * and how its result is kept with the progress. Pure functions; the browser side is
 * `src/components/mic-test-run.ts`.
 */
import type { MicVerdict, Progress } from './progress';

/** How long the test listens, in ms: long enough to say a sentence. */
export const LISTEN_MS = 5000;
/** How often the level is measured while listening, in ms. */
export const SAMPLE_MS = 50;
/**
 * A level (RMS amplitude, 0 to 1) at or above this counts as sound heard: about −40 dBFS, well above
 * a silent input's zeros and quieter than speech at arm's length.
 */
export const HEARD_LEVEL = 0.01;
/** Measurements at or above `HEARD_LEVEL` needed for "works": 150 ms of sound, more than one click. */
export const HEARD_SAMPLES = 3;

/** The loudness of one block of samples (−1 to 1) as its RMS amplitude, 0 to 1; 0 for no samples. */
export function rmsLevel(samples: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < samples.length; i++) sum += (samples[i] ?? 0) ** 2;
  return samples.length === 0 ? 0 : Math.min(1, Math.sqrt(sum / samples.length));
}

/** What the browser reported while the test listened. */
export interface Listened {
  /** The levels measured, one every `SAMPLE_MS`, each 0 to 1 (anything else counts as silence). */
  levels: readonly number[];
  /** Whether the audio graph that measured them was running: a suspended one measures only zeros. */
  running: boolean;
  /** Whether the system muted or ended the microphone's track while listening (a call took it, for example). */
  interrupted: boolean;
}

/**
 * The verdict of a test that got the microphone: `works` when sound was heard for at least
 * `HEARD_SAMPLES` measurements; otherwise `busy` when the system took the microphone away, and
 * `unsupported` when the browser never ran the measurement, since neither proves silence; else `silent`.
 */
export function listenVerdict({ levels, running, interrupted }: Listened): MicVerdict {
  const heard = levels.filter((level) => Number.isFinite(level) && level >= HEARD_LEVEL).length;
  if (heard >= HEARD_SAMPLES) return 'works';
  if (interrupted) return 'busy';
  if (!running) return 'unsupported';
  return 'silent';
}

/**
 * `getUserMedia` error names and what each means here. Current names first, then those older
 * Chrome and Firefox used for the same cases.
 */
const ERROR_VERDICTS: Readonly<Record<string, MicVerdict>> = {
  // The reader or a setting refused access.
  NotAllowedError: 'denied',
  PermissionDeniedError: 'denied',
  // The microphone is there but something else holds it (a call, a recording, another app).
  NotReadableError: 'busy',
  TrackStartError: 'busy',
  AbortError: 'busy',
  // No microphone, the page may not ask (insecure page, policy), or the browser can't do it.
  NotFoundError: 'unsupported',
  DevicesNotFoundError: 'unsupported',
  OverconstrainedError: 'unsupported',
  ConstraintNotSatisfiedError: 'unsupported',
  SecurityError: 'unsupported',
  NotSupportedError: 'unsupported',
  TypeError: 'unsupported',
};

/**
 * The verdict for an error thrown while asking for the microphone, by its `name`. An unknown error,
 * or something that is not an error at all, is `unsupported`: the test can't tell, so the reader
 * gets the Voice Memos steps.
 */
export function errorVerdict(error: unknown): MicVerdict {
  const name =
    typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string'
      ? error.name
      : '';
  return Object.hasOwn(ERROR_VERDICTS, name) ? ERROR_VERDICTS[name]! : 'unsupported';
}

/** Progress with the test's `verdict` recorded at `now`, in place of any earlier one. */
export function recordMic(p: Progress, verdict: MicVerdict, now = Date.now()): Progress {
  return { ...structuredClone(p), mic: { verdict, at: now } };
}

/** The diagnosis's question that the test answers: does a Voice Memos recording sound clear? */
export const MEMOS_QUESTION = 'memos';

/**
 * The answer a test gives to the diagnosis's Voice Memos question ("Does a recording sound clear?"):
 * `yes` when it works, `no` when it heard nothing, and none when it could not listen at all.
 */
export function memosAnswer(verdict: MicVerdict | undefined): 'yes' | 'no' | undefined {
  if (verdict === 'works') return 'yes';
  if (verdict === 'silent') return 'no';
  return undefined;
}
