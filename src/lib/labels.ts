import type { App, Risk } from './schema';

/** How each risk level reads to a person, and the Badge variant that shows it. */
export const RISK_LABELS: Record<Risk, { text: string; variant: 'success' | 'note' | 'caution' | 'danger' }> =
  {
    none: { text: 'No risk', variant: 'success' },
    low: { text: 'Low risk', variant: 'note' },
    'resets-settings': { text: 'Resets settings', variant: 'caution' },
    account: { text: 'Signs you out', variant: 'caution' },
    'erases-data': { text: 'Erases data', variant: 'danger' },
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
