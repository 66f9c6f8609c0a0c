import { describe, expect, it } from 'vitest';
import {
  HEARD_LEVEL,
  HEARD_SAMPLES,
  LISTEN_MS,
  SAMPLE_MS,
  errorVerdict,
  listenVerdict,
  memosAnswer,
  rmsLevel,
} from './mic-test';
import type { MicVerdict } from './progress';

const quiet = Array<number>(LISTEN_MS / SAMPLE_MS).fill(0);
/** `count` loud measurements among silence. */
const withSound = (count: number, level = 0.2) => quiet.map((q, i) => (i < count ? level : q));

describe('rmsLevel', () => {
  it.each([
    ['no samples', [], 0],
    ['silence', [0, 0, 0, 0], 0],
    ['a full-scale square wave', [1, -1, 1, -1], 1],
    ['half scale', [0.5, -0.5], 0.5],
  ])('%s', (_, samples, level) => {
    expect(rmsLevel(samples)).toBeCloseTo(level);
  });

  it('never goes above 1, even for clipped input', () => {
    expect(rmsLevel([3, -3])).toBe(1);
  });
});

describe('listenVerdict', () => {
  const heard = { running: true, interrupted: false };
  it.each<[string, readonly number[], MicVerdict]>([
    ['speech for most of the time', quiet.map((_, i) => (i % 3 ? 0.1 : 0.002)), 'works'],
    ['just enough sound', withSound(HEARD_SAMPLES, HEARD_LEVEL), 'works'],
    ['one click is not a voice', withSound(HEARD_SAMPLES - 1), 'silent'],
    ['only zeros', quiet, 'silent'],
    ['room noise below the threshold', quiet.map(() => HEARD_LEVEL / 2), 'silent'],
    ['nothing measured', [], 'silent'],
    ['measurements that are not numbers', [NaN, Infinity, -Infinity, NaN], 'silent'],
  ])('%s', (_, levels, verdict) => {
    expect(listenVerdict({ levels, ...heard })).toBe(verdict);
  });

  it('says busy, not silent, when the system took the microphone away', () => {
    expect(listenVerdict({ levels: quiet, running: true, interrupted: true })).toBe('busy');
  });

  it('says the test could not run, not silent, when the audio graph never ran', () => {
    expect(listenVerdict({ levels: quiet, running: false, interrupted: false })).toBe('unsupported');
  });

  it('trusts sound that was heard, whatever happened after', () => {
    expect(listenVerdict({ levels: withSound(20), running: false, interrupted: true })).toBe('works');
  });
});

describe('errorVerdict', () => {
  const error = (name: string) => Object.assign(new Error('x'), { name });
  it.each<[string, MicVerdict]>([
    ['NotAllowedError', 'denied'],
    ['PermissionDeniedError', 'denied'],
    ['NotReadableError', 'busy'],
    ['TrackStartError', 'busy'],
    ['AbortError', 'busy'],
    ['NotFoundError', 'unsupported'],
    ['DevicesNotFoundError', 'unsupported'],
    ['OverconstrainedError', 'unsupported'],
    ['SecurityError', 'unsupported'],
    ['NotSupportedError', 'unsupported'],
    ['TypeError', 'unsupported'],
  ])('%s → %s', (name, verdict) => {
    expect(errorVerdict(error(name))).toBe(verdict);
  });

  it('reads the name of a DOMException, as browsers throw it', () => {
    expect(errorVerdict(new DOMException('Permission denied', 'NotAllowedError'))).toBe('denied');
    expect(errorVerdict(new DOMException('Could not start audio source', 'NotReadableError'))).toBe('busy');
  });

  it.each([
    ['an unknown error name', error('WeirdNewError')],
    ['an error named like an object property', error('constructor')],
    ['a plain Error', new Error('boom')],
    ['a string', 'NotAllowedError'],
    ['null', null],
    ['undefined', undefined],
    ['an object with a non-string name', { name: 42 }],
  ])('%s → unsupported', (_, thrown) => {
    expect(errorVerdict(thrown)).toBe('unsupported');
  });
});

describe('memosAnswer', () => {
  it.each<[MicVerdict | undefined, string | undefined]>([
    ['works', 'yes'],
    ['silent', 'no'],
    ['denied', undefined],
    ['busy', undefined],
    ['unsupported', undefined],
    [undefined, undefined],
  ])('%s → %s', (verdict, answer) => {
    expect(memosAnswer(verdict)).toBe(answer);
  });
});
