/**
 * Spanish: the words people type into the guide's search on the Spanish pages, what those pages call
 * them, and how Spanish words change form. Like `search-words.ts`, and applied by `search-query.ts`.
 * Every word here is written without accents: queries are read with accents removed ("micrófono"
 * and "microfono" are one word), and Pagefind matches both forms in the index.
 */

/** Words that carry no meaning for finding a page ("mi", "que", "no", "puedo", "iphone"). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [
    // articles, pronouns, prepositions, conjunctions
    'el la los las lo un una unos unas al del de a en por para con sin sobre entre hasta desde hacia',
    'y e o u ni pero sino que q como cuando donde cual cuales quien porque porq xq pq por que',
    'yo me mi mis mio tu tus te ti usted ustedes su sus se le les nos nuestro nuestra ellos ellas el ella',
    'esto este esta estos estas eso ese esa esos esas aqui ahi alli',
    // auxiliaries, negations and the verbs of asking
    'es son era fue ser estar estoy esta estan estaba he ha han hay habia tengo tiene tienen tener',
    'puedo puede pueden podia poder deja dejan dejar hacer hago hace hice',
    'no nada nunca tampoco ya si muy mas tan va anda',
    // filler people add to a search
    'ayuda porfa porfavor favor gracias solucion soluciones solucionar arreglar arreglo problema problemas',
    'error fallo falla sigue siempre todavia aun otra vez de repente imposible saber siendo',
    'iphone iphones celular movil telefono',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Misspellings, abbreviations, everyday and regional words, mapped to the words the Spanish pages
 * use. Keys and values are lowercase and without accents, and may span words; an empty value
 * drops the phrase.
 */
export const SPELLINGS: Readonly<Record<string, string>> = {
  // the error text itself, as iOS may word it, adds nothing to a search for it
  'en este momento': '',
  'por ahora': '',
  'ahora mismo': '',
  // apps
  wsp: 'whatsapp',
  wpp: 'whatsapp',
  wasap: 'whatsapp',
  guasap: 'whatsapp',
  wasa: 'whatsapp',
  whatsap: 'whatsapp',
  watsap: 'whatsapp',
  watsapp: 'whatsapp',
  whatapp: 'whatsapp',
  'whats app': 'whatsapp',
  insta: 'instagram',
  ig: 'instagram',
  instagran: 'instagram',
  face: 'messenger',
  fb: 'messenger',
  facebook: 'messenger',
  'facebook messenger': 'messenger',
  messeger: 'messenger',
  mesenger: 'messenger',
  telegran: 'telegram',
  telegam: 'telegram',
  imesage: 'imessage',
  imensaje: 'imessage',
  imesaje: 'imessage',
  'i message': 'imessage',
  // "mandar" is how many say "enviar"
  mandar: 'enviar',
  manda: 'envia',
  mandan: 'envian',
  mando: 'envio',
  mande: 'envie',
  mandas: 'envias',
  mandarlos: 'enviar',
  // messages and audio
  msj: 'mensaje',
  msjs: 'mensajes',
  mensage: 'mensaje',
  mensages: 'mensajes',
  audios: 'audio',
  'notas de voz': 'nota de voz',
  'mensajes de voz': 'mensaje de voz',
  'mensajes de audio': 'mensaje de audio',
  'nota voz': 'nota de voz',
  'mensaje voz': 'mensaje de voz',
  'mensaje audio': 'mensaje de audio',
  'mensajes voz': 'mensaje de voz',
  'mensajes audio': 'mensaje de audio',
  // devices and connections
  microfonos: 'microfono',
  micrfono: 'microfono',
  microfno: 'microfono',
  'wi fi': 'wifi',
  wify: 'wifi',
  guifi: 'wifi',
  'e sim': 'esim',
  'air pods': 'airpods',
  'car play': 'carplay',
  'blue tooth': 'bluetooth',
  bluetoth: 'bluetooth',
  // settings and states
  restregar: 'restablecer',
  resetear: 'restablecer',
  reseteo: 'restablecer',
  'en gris': 'gris',
  grisado: 'gris',
  'no llega': 'no entregado',
  'no le llega': 'no entregado',
  'no llego': 'no entregado',
  'le llego': 'entregado',
  'cero segundos': '0:00',
  '0 segundos': '0:00',
  '0 00': '0:00',
};

/**
 * Words and phrases that mean the same thing to someone searching, Spain's and Latin America's
 * words side by side. A query that uses one also finds pages that use another; the word the person
 * typed is tried first.
 */
export const SYNONYMS: readonly (readonly string[])[] = [
  ['mensaje de audio', 'mensaje de voz', 'nota de voz', 'audio'],
  ['ajustes', 'configuracion'],
  ['datos moviles', 'datos celulares', 'datos', '4g', '5g', 'lte'],
  ['tiempo de uso', 'tiempo en pantalla', 'control parental'],
  ['auriculares', 'audifonos', 'cascos'],
  ['almacenamiento', 'espacio', 'memoria'],
  ['operador', 'operadora', 'compania'],
  ['microfono', 'micro', 'mic'],
  ['coche', 'auto', 'carro', 'carplay'],
  ['gris', 'atenuado', 'desactivado', 'bloqueado'],
  ['cayo', 'caida', 'golpe'],
  ['en uso', 'usado', 'usando', 'ocupado'],
  ['se cierra', 'se cuelga', 'se congela'],
  ['mojo', 'agua', 'mojado', 'liquido'],
  ['borrar', 'eliminar', 'perder'],
  ['reiniciar', 'apagar y encender'],
  ['actualizar', 'actualizacion'],
  ['fotos', 'imagenes'],
  ['cobertura', 'senal'],
  ['escuchar', 'reproducir', 'oir', 'oyen'],
  ['se corta', 'se detiene', 'para solo'],
];

/**
 * Words that name where the trouble happens, not what it is: Messages' own names. Next to other
 * words they count half (see `SearchWords.context`).
 */
export const CONTEXT_WORDS: ReadonlySet<string> = new Set(['imessage', 'imessages', 'mensajes']);

/** Endings dropped by `stem`, longest first. */
const ENDINGS = [
  'amientos',
  'imientos',
  'amiento',
  'imiento',
  'aciones',
  'uciones',
  'acion',
  'ucion',
  'mente',
  'ando',
  'iendo',
  'ados',
  'idos',
  'adas',
  'idas',
  'amos',
  'emos',
  'imos',
  'ado',
  'ido',
  'ada',
  'ida',
  'ar',
  'er',
  'ir',
  'an',
  'en',
  'as',
  'os',
  'es',
  'a',
  'o',
  'e',
  's',
];

/**
 * A light Spanish stemmer for telling word forms apart from misspellings: "grabar", "grabando",
 * "grabado" and "graba" all give "grab"; "micrófonos" and "microfono" give "microfon". Removes
 * accents, then drops one common ending, never leaving fewer than four letters.
 */
export function stem(word: string): string {
  const w = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  for (const ending of ENDINGS) {
    if (w.endsWith(ending) && w.length - ending.length >= 4) return w.slice(0, -ending.length);
  }
  return w;
}
