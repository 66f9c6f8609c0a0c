import { describe, expect, it } from 'vitest';
import { SPANISH_WORDS } from './search-language';
import { planQuery, tokenize } from './search-query';
import { filterByApps, isGeneral, rankByCoverage, type Hit } from './search-rank';
import { matchingPhrase } from './search-symptoms';
import { correctWord, readVocabulary, vocabularyFrom, vocabularyPath } from './search-vocabulary';
import { SPELLINGS, STOP_WORDS, SYNONYMS, stem } from './search-words-es';

/** Sentences in the way the Spanish pages write them, accents and all. */
const PAGES = [
  'Comprueba el permiso del micrófono: permite el acceso al micrófono para WhatsApp.',
  '¿El almacenamiento está casi lleno? Libera espacio antes de grabar.',
  'Modo de datos reducidos y Datos móviles (Datos celulares): ¿está conectado el iPhone?',
  'Tiempo de uso (Tiempo en pantalla) puede bloquear el interruptor del micrófono. Activación de iMessage: esperando activación.',
  'Restablecer ajustes de red borra las redes wifi guardadas.',
  'La grabación se detiene sola a los pocos segundos: quita la funda y el protector de pantalla.',
];
const vocabulary = readVocabulary(vocabularyFrom(PAGES, tokenize), stem);
if (!vocabulary) throw new Error('vocabulary did not read');

const literal = (raw: string) => planQuery(raw, SPANISH_WORDS, vocabulary).literal;

describe('vocabularyPath', () => {
  it('loads each language’s own vocabulary', () => {
    expect(vocabularyPath('es')).toBe('es/search-vocabulary.json');
    expect(vocabularyPath('es-AR')).toBe('es/search-vocabulary.json');
    expect(vocabularyPath('en')).toBe('search-vocabulary.json');
    expect(vocabularyPath(undefined)).toBe('search-vocabulary.json');
  });
});

describe('reading a Spanish query', () => {
  it.each([
    // stop words, the error's own words and "mandar" for "enviar"
    ['no puedo mandar audios en imessage', 'enviar audio imessage'],
    ['no se puede enviar el mensaje de audio en este momento', 'enviar mensaje de audio'],
    ['xq no me deja grabar una nota de voz', 'grabar nota de voz'],
    // accents optional: typed with or without, read the same
    ['el micrófono no funciona', 'microfono funciona'],
    ['el microfono no funciona', 'microfono funciona'],
    ['¿Dónde está el botón de audio?', 'boton audio'],
    // abbreviations and misspellings, against the pages' own words
    ['wsp no manda audios', 'whatsapp envia audio'],
    ['micrfono en gris', 'microfono gris'],
    ['almacenamieto lleno', 'almacenamiento lleno'],
    ['esperando activasion', 'esperando activacion'],
    ['restregar ajustes de red', 'restablecer ajustes red'],
    // an iPhone model is not what the query is about
    ['error audio iphone 13 pro max', 'audio'],
  ])('reads %j as %j', (raw, words) => {
    expect(literal(raw)).toBe(words);
  });

  it('corrects a misspelt word to the closest word of the Spanish pages, accents or not', () => {
    expect(correctWord('permizo', vocabulary)).toEqual(['permiso']);
    expect(correctWord('grabasion', vocabulary)).toEqual(['grabacion']);
    expect(correctWord('microfono', vocabulary)).toEqual(['microfono']);
    expect(correctWord('protectr', vocabulary)).toEqual(['protector']);
  });

  it('never corrects a word of its own tables, even one the pages do not use', () => {
    expect(literal('se me cayo y no graba')).toBe('cayo graba');
    expect(planQuery('se me cayo', SPANISH_WORDS, vocabulary).concepts[0]?.alternatives).toContain('golpe');
  });

  it('finds the synonyms of a word typed in another form', () => {
    expect(planQuery('no me escuchan', SPANISH_WORDS).concepts[0]?.alternatives).toContain('oir');
  });

  it('offers Spain’s and Latin America’s word for the same thing', () => {
    const [concept] = planQuery('tiempo en pantalla', SPANISH_WORDS).concepts;
    expect(concept?.alternatives).toEqual(['tiempo en pantalla', 'tiempo de uso', 'control parental']);
    expect(planQuery('configuracion', SPANISH_WORDS).concepts[0]?.alternatives).toContain('ajustes');
    expect(planQuery('datos celulares', SPANISH_WORDS).concepts[0]?.alternatives).toContain('datos moviles');
  });

  it('reads app names as a filter, abbreviated or misspelt', () => {
    expect(planQuery('wsp no manda audios', SPANISH_WORDS).apps).toEqual(['WhatsApp']);
    expect(planQuery('insta no deja mandar notas de voz', SPANISH_WORDS).apps).toEqual(['Instagram']);
    expect(planQuery('telegran audio', SPANISH_WORDS).apps).toEqual(['Telegram']);
    expect(planQuery('face notas de voz', SPANISH_WORDS).apps).toEqual(['Messenger']);
  });

  it('weighs iMessage and Mensajes as the place, next to the trouble', () => {
    const plan = planQuery('imessage microfono', SPANISH_WORDS);
    expect(plan.concepts.map((c) => c.weight)).toEqual([0.5, 1]);
  });
});

describe('the Spanish vocabulary', () => {
  it('is written without accents, in lowercase, as queries are read', () => {
    const all = [...STOP_WORDS, ...Object.keys(SPELLINGS), ...Object.values(SPELLINGS), ...SYNONYMS.flat()];
    for (const word of all) expect(word, word).toBe(tokenize(word).join(' '));
  });

  it('maps every misspelling to words that are not misspellings themselves', () => {
    for (const value of Object.values(SPELLINGS)) {
      for (const word of value.split(' ').filter(Boolean))
        expect(Object.hasOwn(SPELLINGS, word), word).toBe(false);
    }
  });

  it('puts each synonym in one group only and never drops a synonym as a stop word', () => {
    const all = SYNONYMS.flat();
    expect(new Set(all).size).toBe(all.length);
    for (const word of all) expect(STOP_WORDS.has(word), word).toBe(false);
  });

  it.each([
    ['grabar', 'grabando', 'grabado', 'graba'],
    ['micrófono', 'microfono', 'micrófonos'],
    ['mensaje', 'mensajes'],
    ['activación', 'activacion', 'activar'],
    ['funciona', 'funcionar', 'funcionando'],
  ])('stems the forms of %j alike', (...forms) => {
    expect(new Set(forms.map(stem)).size).toBe(1);
  });
});

describe('ranking and filtering Spanish queries', () => {
  const hits = (...pairs: [string, number][]): Hit[] => pairs.map(([id, score]) => ({ id, score }));

  it('when no page has every word, ranks the page that covers most of the query first', () => {
    // "grabacion se corta funda": no page has all three; the page with two of them leads.
    const ranked = rankByCoverage(
      [[hits(['es/corta', 1], ['es/grabar', 3])], [hits(['es/corta', 1])], [hits(['es/funda', 1])]],
      30,
    );
    expect(ranked[0]?.id).toBe('es/corta');
    expect(ranked.every((r) => r.share < 1)).toBe(true);
  });

  it('keeps only the pages about the app a Spanish query names', () => {
    const membership = {
      app: { WhatsApp: new Set(['es/apps/whatsapp', 'es/all']), Telegram: new Set(['es/all']) },
    };
    const plan = planQuery('wasap nota de voz', SPANISH_WORDS);
    const ranked = rankByCoverage([[hits(['es/apps/whatsapp', 1], ['es/all', 2], ['es/other', 3])]], 30);
    const filtered = filterByApps(ranked, plan.apps, membership);
    expect(filtered.map((r) => r.id).sort()).toEqual(['es/all', 'es/apps/whatsapp']);
  });

  it('treats a query of common words as asking nothing specific', () => {
    const everywhere = hits(...Array.from({ length: 28 }, (_, i) => [`p${i}`, 1] as [string, number]));
    expect(isGeneral([[everywhere]], 30)).toBe(true);
  });

  it('quotes the Spanish symptom a query shares, accents kept, words marked', () => {
    const plan = planQuery('microfono gris', SPANISH_WORDS);
    expect(matchingPhrase(['el interruptor del micrófono está gris'], plan, SPANISH_WORDS.stem)).toBe(
      'el interruptor del <mark>micrófono</mark> está <mark>gris</mark>',
    );
  });
});

describe('bad input in Spanish', () => {
  it.each([
    ['an empty query', ''],
    ['only spaces', '   '],
    ['only stop words', 'por qué no me deja a mí'],
    ['only the error’s own words', 'no se puede en este momento'],
    ['only emoji', '😭🎤❌'],
    ['only punctuation', '¿¡…!?'],
  ])('%s gives no concepts and no apps', (_, raw) => {
    expect(planQuery(raw, SPANISH_WORDS, vocabulary)).toMatchObject({
      concepts: [],
      literal: '',
      apps: [],
      howTo: false,
    });
  });

  it('reads HTML in a query as words, never as markup', () => {
    const plan = planQuery('<img src=x onerror="alert(1)"> micrófono <b>gris</b>', SPANISH_WORDS);
    expect(plan.literal).not.toMatch(/[<>"=]/);
    expect(plan.literal.split(' ')).toEqual(expect.arrayContaining(['microfono', 'gris']));
    const html = matchingPhrase(['micrófono <b>gris</b>'], plan, SPANISH_WORDS.stem);
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<img');
  });

  it('reads a 500-character query quickly and completely', () => {
    const raw = 'mis notas de voz de wasap se cortan a los diez segundos '.repeat(10).slice(0, 500);
    expect(raw).toHaveLength(500);
    const started = performance.now();
    const plan = planQuery(raw, SPANISH_WORDS, vocabulary);
    expect(performance.now() - started).toBeLessThan(300);
    expect(plan.apps).toEqual(['WhatsApp']);
    expect(plan.literal).toContain('nota de voz');
  });
});
