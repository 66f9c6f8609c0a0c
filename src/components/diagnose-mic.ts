/**
 * What `<guide-diagnose>` (Diagnose.astro) needs from the microphone test, fetched when it reaches
 * the Voice Memos question: the answer the last saved test gives to it.
 */
import { memosAnswer } from '../lib/mic-test';
import { loadProgress } from '../lib/progress-store';

/** The answer id (`yes` or `no`) the last microphone test gives to the Voice Memos question, if any. */
export function savedMemosAnswer(): string | undefined {
  return memosAnswer(loadProgress().mic?.verdict);
}
