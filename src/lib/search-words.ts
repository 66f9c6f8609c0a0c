/**
 * English: the words people type into the guide's search, what the index calls them, and how
 * English words change form. `search-query.ts` applies it. Page-specific words belong in a page's
 * `synonyms` frontmatter instead; this file holds the language every page shares. Another language
 * gets a file like this one (stop words, spellings, synonyms, `stem`) and nothing else.
 */

/** Words that carry no meaning for finding a page ("my", "the", "wont", "doesnt"). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [
    // articles, pronouns, prepositions, conjunctions
    'a an the this that these those there here it its im ive id i me my mine u you your ur we our',
    'he she his her him they them their someone somebody anyone',
    'myself yourself itself himself herself ourselves themselves',
    'on in at to too for of and or but so with without from by as into onto about than then',
    'up through over after before go goes going went gone',
    'when whenever while why how what which who whom whose',
    // auxiliaries and negations, with and without apostrophes
    'is are am was were be been being has have had having do does did doing',
    'can could will would should shall may might must',
    'cant cannot couldnt wont wouldnt shouldnt doesnt dosnt doesent dont didnt isnt arent wasnt werent',
    'hasnt havent hadnt aint not no nor',
    // when it started, which no page is about
    'since today yesterday tonight morning evening night week weeks day days ago lately recently',
    // what the phone or the other person says, around what it says
    'say says said saying shows showing',
    // filler people add to a search
    'just still even also only really very anymore ever all any some fine ok okay',
    'please pls plz thanks lol omg wtf ugh idk help keeps suddenly randomly',
    'fix fixed fixing solve solved problem problems issue issues trouble',
    'iphone iphones phone phones',
    'get gets got getting try tried trying',
    // a question about the message, not part of it ("what does it mean", "not let me send")
    'mean means meaning let lets',
  ]
    .join(' ')
    .split(' '),
);

/**
 * How a question for steps or a place begins: "how do i send…", "how to record…", "where is…".
 * Read on the query's words, apostrophes dropped.
 */
export const HOW_TO = /^(how (do|does|can|could|to|should|i|you)|where (is|are|do|can|did)|wheres)\b/;

/**
 * Words that ask how to keep the trouble from coming back: "prevent", "avoid", "in future", "tips",
 * "happening again". Read on the query's words, apostrophes dropped.
 */
export const PREVENTION = /\b(prevent\w*|avoid\w*|future|tips?|regularly|happen(s|ing)? again)\b/;

/** Words that say something is wrong: a question with one of them asks what is wrong. */
export const TROUBLE_WORDS: ReadonlySet<string> = new Set(
  [
    'not no cant cannot wont doesnt dont didnt isnt arent wasnt werent couldnt wouldnt aint',
    'fix fixed fixing solve error errors problem problems issue issues trouble fail fails failed failing',
    'broken works working worked',
    'refuse refuses refused refusing',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Misspellings, slang and split words, mapped to the word the pages use. Keys and values are
 * lowercase and may span words ("wi fi" → "wifi"); an empty value drops the phrase.
 */
export const SPELLINGS: Readonly<Record<string, string>> = {
  // the error text itself adds nothing to a search for it
  'at this time': '',
  'right now': '',
  // "can't sent" is "can't send", often written by people who learnt English later
  'cant sent': 'cant send',
  'cannot sent': 'cannot send',
  'wont sent': 'wont send',
  'dont sent': 'dont send',
  'didnt sent': 'didnt send',
  // "in any app" and "in all apps" say the same as the pages' "in every app"
  'any app': 'every app',
  'any apps': 'every app',
  'all apps': 'every app',
  'all the apps': 'every app',
  // "&" named in words: the pages' word for it
  'and symbol': 'ampersand',
  'ampersand symbol': 'ampersand',
  'ampersand sign': 'ampersand',
  // apps
  ig: 'instagram',
  insta: 'instagram',
  instagam: 'instagram',
  instgram: 'instagram',
  instagramm: 'instagram',
  whatsap: 'whatsapp',
  whatapp: 'whatsapp',
  whatsaap: 'whatsapp',
  watsapp: 'whatsapp',
  watsap: 'whatsapp',
  whatsup: 'whatsapp',
  'whats app': 'whatsapp',
  fb: 'messenger',
  facebook: 'messenger',
  'fb messenger': 'messenger',
  'facebook messenger': 'messenger',
  messanger: 'messenger',
  mesenger: 'messenger',
  telegarm: 'telegram',
  telgram: 'telegram',
  telegramm: 'telegram',
  imesage: 'imessage',
  imessge: 'imessage',
  imassage: 'imessage',
  imsg: 'imessage',
  'i message': 'imessage',
  // messages
  msg: 'message',
  msgs: 'messages',
  mesage: 'message',
  messge: 'message',
  massage: 'message',
  massages: 'messages',
  mesages: 'messages',
  txt: 'text',
  txts: 'texts',
  texting: 'text',
  'voice clip': 'voice message',
  'audio clip': 'audio message',
  'voice recording': 'voice message',
  'audio recording': 'audio message',
  'voice notes': 'voice note',
  'voice memos': 'voice memo',
  'voice messages': 'voice message',
  'audio messages': 'audio message',
  // Apple's older name for audio messages
  'voice text': 'voice message',
  'voice texts': 'voice message',
  // devices and connections
  'wi fi': 'wifi',
  // "screen-time" and "screentime" are read as one word; the pages write two
  screentime: 'screen time',
  wify: 'wifi',
  wfi: 'wifi',
  'e sim': 'esim',
  'air pods': 'airpods',
  airpod: 'airpods',
  'car play': 'carplay',
  'blue tooth': 'bluetooth',
  bluetoth: 'bluetooth',
  bluetooh: 'bluetooth',
  microphne: 'microphone',
  micophone: 'microphone',
  microfone: 'microphone',
  'micro phone': 'microphone',
  // what blocks it, in the pages' words
  blocker: 'block',
  blockers: 'block',
  mics: 'mic',
  // settings and states
  setings: 'settings',
  storge: 'storage',
  recieve: 'receive',
  recieving: 'receiving',
  permision: 'permission',
  permisson: 'permission',
  activasion: 'activation',
  activaton: 'activation',
  'grey out': 'greyed',
  'gray out': 'grayed',
  'greyed out': 'greyed',
  'grayed out': 'grayed',
  'zero seconds': '0:00',
  '0 00': '0:00',
};

/**
 * Words and phrases that mean the same thing to someone searching. A query that uses one also
 * finds pages that use another; the word the person typed is tried first.
 */
export const SYNONYMS: readonly (readonly string[])[] = [
  ['audio message', 'voice message', 'voice note', 'voice memo'],
  ['microphone', 'mic'],
  ['greyed', 'grayed', 'dimmed'],
  ['cellular', 'mobile data', '5g', '4g', 'lte'],
  ['update', 'upgrade'],
  ['restart', 'reboot'],
  ['headphones', 'headset', 'earbuds', 'earphones'],
  ['delete', 'erase', 'lose'],
  ['photos', 'pictures', 'pics'],
  ['storage', 'space'],
  ['carrier', 'provider', 'operator'],
  ['screen time', 'parental controls'],
];

/**
 * Words that name where the trouble happens, not what it is: Messages' own name. Next to other
 * words they count half (see `SearchWords.context`).
 */
export const CONTEXT_WORDS: ReadonlySet<string> = new Set(['imessage', 'imessages']);

/** Endings dropped by `stem`, longest first. */
const ENDINGS = ['ingly', 'edly', 'ing', 'ies', 'ied', 'ed', 'es', 'ly', 's', 'e'];

/**
 * A light English stemmer for telling word forms apart from misspellings: "plugged", "plugs" and
 * "plugging" all give "plug", "messages" and "message" give "messag". Drops one common ending
 * (never leaving fewer than three letters, never the "s" of "ss"), then a doubled final consonant.
 */
export function stem(word: string): string {
  let w = word.toLowerCase();
  for (const ending of ENDINGS) {
    if (!w.endsWith(ending) || w.length - ending.length < 3) continue;
    if (ending === 's' && /(ss|us|is)$/.test(w)) continue;
    w = w.slice(0, -ending.length) + (ending === 'ies' || ending === 'ied' ? 'y' : '');
    break;
  }
  if (/([b-df-hj-np-rtv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  return w;
}
