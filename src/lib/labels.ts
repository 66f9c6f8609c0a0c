import type { MicVerdict } from './progress';
import type { App, Risk } from './terms';

/** How each risk level reads to a person, and the Badge variant that shows it. */
export const RISK_LABELS: Record<Risk, { text: string; variant: 'success' | 'note' | 'caution' | 'danger' }> =
  {
    none: { text: 'No risk', variant: 'success' },
    low: { text: 'Low risk', variant: 'note' },
    'resets-settings': { text: 'Resets settings', variant: 'caution' },
    account: { text: 'Signs you out', variant: 'caution' },
    'erases-data': { text: 'Erases data', variant: 'danger' },
  };

/**
 * How the microphone test's result reads in My progress: its name, each verdict as a short result,
 * and as the end of a sentence in the summary for support ("Microphone test in the browser: …").
 */
export const MIC_LABELS: {
  text: string;
  verdicts: Record<MicVerdict, string>;
  said: Record<MicVerdict, string>;
} = {
  text: 'Microphone test in the browser',
  verdicts: {
    works: 'It hears you',
    silent: 'Nothing heard',
    denied: 'Not allowed',
    busy: 'In use elsewhere',
    unsupported: 'Could not test',
  },
  said: {
    works: 'it heard sound',
    silent: 'it heard nothing',
    denied: 'access to the microphone was refused',
    busy: 'something else was using the microphone',
    unsupported: 'the browser could not test it',
  },
};

/** Display names of the apps the guide covers. */
export const APP_NAMES: Record<App, string> = {
  messages: 'Messages',
  whatsapp: 'WhatsApp',
  instagram: 'Instagram',
  messenger: 'Messenger',
  telegram: 'Telegram',
};

/** "1 min", "10 min", "1 h 30 min": a short duration for badges and the printed checklist. */
export function formatMinutes(minutes: number): string {
  const whole = Math.max(1, Math.round(minutes));
  if (whole < 60) return `${whole} min`;
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
