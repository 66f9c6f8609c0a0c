/**
 * The guide's fixed terms as a person reads them: risks, apps, page kinds, the microphone test's
 * verdicts and durations, in the words of the page's language (`src/content/i18n/*.json`).
 */
import { MIC_VERDICTS, type MicVerdict } from './progress';
import type { App, PageKind, Risk } from './terms';
import type { Say } from './words';

/** The Badge variant that shows each risk level. */
export const RISK_VARIANTS: Record<Risk, 'success' | 'note' | 'caution' | 'danger'> = {
  none: 'success',
  low: 'note',
  'resets-settings': 'caution',
  account: 'caution',
  'erases-data': 'danger',
};

/** How a risk level reads to a person: "No risk", "Erases data". */
export function riskLabel(risk: Risk, say: Say): string {
  return say(`guide.risk.${risk}`);
}

/** The display name of an app the guide covers: "Messages", "WhatsApp". */
export function appName(app: App, say: Say): string {
  return say(`guide.app.${app}`);
}

/** How a kind of page is named to a person (in the search filters): "Fix", "Real-world case". */
export function kindLabel(kind: PageKind, say: Say): string {
  return say(`guide.kind.${kind}`);
}

/**
 * How the microphone test's result reads in My progress: its name, each verdict as a short result
 * ("It hears you"), and as the end of a sentence in the summary for support ("… it heard sound").
 */
export function micLabels(say: Say): {
  text: string;
  verdicts: Record<MicVerdict, string>;
  said: Record<MicVerdict, string>;
} {
  const each = (words: (verdict: MicVerdict) => string) =>
    Object.fromEntries(MIC_VERDICTS.map((v) => [v, words(v)])) as Record<MicVerdict, string>;
  return {
    text: say('guide.mic.name'),
    verdicts: each((v) => say(`guide.mic.verdict.${v}`)),
    said: each((v) => say(`guide.mic.said.${v}`)),
  };
}

/** "1 min", "10 min", "1 h 30 min": a short duration for badges and the printed checklist. */
export function formatMinutes(minutes: number, say: Say): string {
  const whole = Math.max(1, Math.round(minutes));
  if (whole < 60) return say('guide.duration.minutes', { minutes: whole });
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  return rest === 0
    ? say('guide.duration.hours', { hours })
    : say('guide.duration.hoursMinutes', { hours, minutes: rest });
}

/** The id of the full list of what a fix removes, after its steps, that its caution links to. */
export const ERASES_LIST_ID = 'what-it-removes';

/**
 * What the caution before a fix's steps names of what the fix `erases`: every item of a list of
 * up to two; of a longer one, the first item (pages put what matters most first) and how many
 * more there are, which the page then lists in full after its steps. This keeps the caution short
 * enough for the first step to fit on a small phone's first screen.
 */
export function cautionNames(erases: readonly string[]): { named: readonly string[]; more: number } {
  return erases.length <= 2
    ? { named: erases, more: 0 }
    : { named: erases.slice(0, 1), more: erases.length - 1 };
}
