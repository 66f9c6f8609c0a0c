import { describe, expect, it } from 'vitest';
import { readPageFiles, readSitePages, testPage } from '../../scripts/lib/site-pages';
import { byKind, nextFix } from './content';
import {
  englishIdOf,
  entriesIn,
  factKeysIn,
  foreignKeysIn,
  localeOfId,
  localeOfPath,
  localeRoot,
  translatedIdOf,
  translationProblems,
} from './translations';

const fix = (id: string, order: number, extra: Record<string, unknown> = {}) =>
  testPage(id, {
    title: `Fix ${order}`,
    kind: 'fix',
    order,
    minutes: 2,
    risk: 'none',
    causes: ['network'],
    summary: 'Do it',
    ...extra,
  });
const translation = (id: string, frontmatter: Record<string, unknown>) =>
  testPage(id, { follows: '0123456789ab', reviewed: undefined, ...frontmatter });

describe('ids and paths of a translation', () => {
  it('map between a Spanish page and the English page it translates', () => {
    expect(localeOfId('es/fixes/a')).toBe('es');
    expect(localeOfId('es')).toBe('es');
    expect(localeOfId('fixes/a')).toBeUndefined();
    expect(localeOfId('estimates')).toBeUndefined();
    expect(englishIdOf('es/fixes/a')).toBe('fixes/a');
    expect(englishIdOf('es')).toBe('index');
    expect(englishIdOf('fixes/a')).toBe('fixes/a');
    expect(translatedIdOf('index', 'es')).toBe('es');
    expect(translatedIdOf('fixes/a', 'es')).toBe('es/fixes/a');
    expect(localeOfPath('/es/fixes/a/')).toBe('es');
    expect(localeOfPath('/fixes/a/')).toBeUndefined();
    expect(localeRoot('/', 'es')).toBe('/es/');
    expect(localeRoot('/docs', undefined)).toBe('/docs/');
  });
});

describe('a language’s pages', () => {
  const english = [fix('fixes/a', 1, { ios: ['26'] }), fix('fixes/b', 2)];
  const spanish = translation('es/fixes/b', { title: 'Arreglo B', summary: 'Hazlo', kind: 'guide' });

  it('take every fact from the English page and the words from the translation', () => {
    const [a, b] = entriesIn([...english, spanish], 'es');
    expect(b).toMatchObject({
      id: 'fixes/b',
      data: { title: 'Arreglo B', summary: 'Hazlo', kind: 'fix', order: 2, minutes: 2, risk: 'none' },
    });
    expect(b!.data.reviewed).toEqual(english[1]!.data.reviewed);
    // Not translated yet: the English page, as Starlight falls back.
    expect(a).toBe(english[0]);
  });

  it('keep the English order, so the next fix is the same in both languages', () => {
    const es = entriesIn([spanish, ...english], 'es');
    expect(byKind(es, 'fix').map((f) => f.data.title)).toEqual(['Fix 1', 'Arreglo B']);
    expect(nextFix(es, 'fixes/a')?.data.title).toBe('Arreglo B');
  });

  it('in English leave every translation out', () => {
    expect(entriesIn([...english, spanish], undefined)).toEqual(english);
    expect(entriesIn([...english, spanish], 'root')).toEqual(english);
  });
});

describe('translation problems', () => {
  const checks = testPage('quick-checks', {
    kind: 'check',
    items: [
      { id: 'one', text: 'One thing' },
      { id: 'two', text: 'Two things' },
    ],
  });
  const diagnose = testPage('diagnose', {
    questions: [{ id: 'app', text: 'Which app?', answers: [{ id: 'messages', label: 'Messages' }] }],
  });

  it('are none for a page with the same ids in the same order', () => {
    const es = translation('es/quick-checks', {
      items: [
        { id: 'one', text: 'Una cosa' },
        { id: 'two', text: 'Dos cosas' },
      ],
    });
    expect(translationProblems([checks, es])).toEqual([]);
  });

  it('name a checklist whose ids or order differ, and a question or answer renamed', () => {
    const reordered = translation('es/quick-checks', {
      items: [
        { id: 'two', text: 'Dos cosas' },
        { id: 'one', text: 'Una cosa' },
      ],
    });
    const renamed = translation('es/diagnose', {
      questions: [{ id: 'app', text: '¿Qué app?', answers: [{ id: 'mensajes', label: 'Mensajes' }] }],
    });
    expect(translationProblems([checks, diagnose, reordered, renamed])).toEqual([
      expect.stringMatching(/^es\/quick-checks: checklist item ids/),
      expect.stringMatching(/^es\/diagnose: question and answer ids/),
    ]);
  });

  it('name a translation of no English page, and one without its `follows` stamp', () => {
    const orphan = translation('es/fixes/gone', { title: 'Nada' });
    const unstamped = testPage('es/quick-checks', { items: checks.data.items });
    expect(translationProblems([checks, orphan, unstamped])).toEqual([
      expect.stringMatching(/^es\/fixes\/gone: translates "fixes\/gone"/),
      expect.stringMatching(/^es\/quick-checks: needs `follows`/),
    ]);
  });

  it('find fact keys and keys a translation may not hold in raw frontmatter', () => {
    expect(factKeysIn({ title: 'x', order: 1, reviewed: '2026-11-30' })).toEqual(['order', 'reviewed']);
    expect(foreignKeysIn({ title: 'x', sidebar: {}, follows: 'a', lastUpdated: true })).toEqual([
      'lastUpdated',
    ]);
  });
});

describe('the Spanish pages as written', () => {
  const files = readPageFiles().filter((f) => localeOfId(f.id) === 'es');

  it('exist, each for an English page', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(translationProblems([...readSitePages(), ...readSitePages(undefined, 'es')])).toEqual([]);
  });

  it.each(files.map((f) => [f.id, f] as const))('%s holds words only, no facts', (_id, file) => {
    expect(factKeysIn(file.frontmatter), 'facts live on the English page').toEqual([]);
    expect(foreignKeysIn(file.frontmatter), 'keys a translation may not hold').toEqual([]);
  });

  it('keep the English checklist and question ids, in order', () => {
    const all = readPageFiles().map((f) => testPage(f.id, f.frontmatter));
    expect(translationProblems(all)).toEqual([]);
  });
});
