import { describe, expect, it } from 'vitest';
import en from '../content/i18n/en.json';
import es from '../content/i18n/es.json';
import { sayFrom } from '../../scripts/lib/interface-words';
import { APP_WORDS } from './search-query';
import { APPS } from './terms';
import { fill, wordsWithLinks, type WordKey } from './words';

/** Translations of the interface words, beside the English they translate. */
const TRANSLATIONS: Record<string, Record<string, string>> = { es };

/** Each name that occurs once, sorted. */
const distinct = (names: string[]) => [...new Set(names)].sort();
/** The `{{placeholders}}` of some words. */
const placeholders = (text: string) =>
  distinct([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map(([, name]) => name!));
/**
 * The markup tags of some words (`<strong>`, `</quick>`): a translation links the same things, though
 * it may stress a label more or less often.
 */
const tags = (text: string) => distinct([...text.matchAll(/<\/?[\w-]+>/g)].map(([tag]) => tag));

/** Words that read the same in every language: app brands, numbers with units, punctuation around values. */
const SAME_IN_EVERY_LANGUAGE = new Set<string>([
  'guide.apps.label',
  'guide.sidebar.apps',
  'guide.fixResult.no',
  'guide.app.whatsapp',
  'guide.app.instagram',
  'guide.app.messenger',
  'guide.app.telegram',
  'guide.duration.minutes',
  'guide.duration.hours',
  'guide.duration.hoursMinutes',
  'guide.summary.phone',
  'guide.summary.phoneIos',
  'guide.summary.mic',
]);

describe.each(Object.entries(TRANSLATIONS))('the interface words in %s', (_lang, words) => {
  it('have every key of en.json, and no other', () => {
    expect(Object.keys(en).filter((key) => !(key in words))).toEqual([]);
    expect(Object.keys(words).filter((key) => !(key in en))).toEqual([]);
  });

  it('keep the placeholders and the markup of the English', () => {
    const differs = Object.entries(en).filter(([key, english]) => {
      const own = words[key] ?? '';
      return (
        placeholders(own).join() !== placeholders(english).join() || tags(own).join() !== tags(english).join()
      );
    });
    expect(differs.map(([key]) => key)).toEqual([]);
  });

  it('translate every word that is not a name or a number', () => {
    const untranslated = Object.entries(en).filter(
      ([key, english]) =>
        words[key]?.trim() === '' || (words[key] === english && !SAME_IN_EVERY_LANGUAGE.has(key)),
    );
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });

  it('name the apps the search reads as filters the way the index does', () => {
    const say = sayFrom(words as Record<WordKey, string>);
    for (const [app, name] of Object.entries(APP_WORDS)) {
      expect(APPS).toContain(app);
      expect(say(`guide.app.${app as (typeof APPS)[number]}`)).toBe(name);
    }
  });
});

describe('the placeholder check', () => {
  it('tells when a translation drops, renames or adds a placeholder or a tag', () => {
    expect(placeholders('{{done}} de {{total}}')).toEqual(placeholders('{{total}}: {{done}}'));
    expect(placeholders('{{done}} de {{todo}}')).not.toEqual(placeholders('{{done}} of {{total}}'));
    expect(tags('<quick>rápidas</quick>')).toEqual(tags('the <quick>quick checks</quick>'));
    expect(tags('rápidas')).not.toEqual(tags('<quick>quick</quick>'));
  });
});

describe('fill', () => {
  it('puts values in at their placeholders and leaves the others', () => {
    expect(fill('{{done}} of {{total}}, {{done}}', { done: 2, total: 5 })).toBe('2 of 5, 2');
    expect(fill('Printed {{date}}', {})).toBe('Printed {{date}}');
  });
});

describe('wordsWithLinks', () => {
  const t = ((key: WordKey, values: Record<string, string>) =>
    fill(en[key], values)) as unknown as App.Locals['t'];

  it('links the named parts and puts values in as text', () => {
    const html = wordsWithLinks(
      t,
      'guide.micTest.busyNext',
      { free: '/fixes/free-the-microphone/?a=1&b="2"' },
      { free: 'End calls & <close> apps' },
    );
    expect(html).toContain(
      '<a href="/fixes/free-the-microphone/?a=1&amp;b=&quot;2&quot;">End calls &amp; &lt;close&gt; apps</a>',
    );
  });
});
