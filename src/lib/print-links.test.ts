import { describe, expect, it } from 'vitest';
import { printLinksPlugin, printedAddress, shortUrl } from './print-links';

describe('shortUrl', () => {
  it.each([
    ['https://www.apple.com/support/systemstatus/', 'apple.com/support/systemstatus'],
    ['https://getsupport.apple.com/', 'getsupport.apple.com'],
    ['http://telegram.org/faq#voice', 'telegram.org/faq'],
    ['https://support.apple.com/en-us/118433', 'support.apple.com/en-us/118433'],
    ['apple.com/support/systemstatus', 'apple.com/support/systemstatus'],
    ['', ''],
  ])('%s reads as %s', (href, short) => {
    expect(shortUrl(href)).toBe(short);
  });
});

describe('printedAddress', () => {
  it('prints the short address of an external link whose text is words', () => {
    expect(printedAddress('https://www.apple.com/support/systemstatus/', 'Apple System Status')).toBe(
      'apple.com/support/systemstatus',
    );
  });

  it.each([
    ['internal link', '/causes/network/', 'the network cause'],
    ['same-page anchor', '#steps', 'Steps'],
    ['mail link', 'mailto:help@example.org', 'write to us'],
    ['text that is the address', 'https://getsupport.apple.com/', 'getsupport.apple.com'],
    ['text that is the full address', 'https://faq.whatsapp.com/', 'https://faq.whatsapp.com/'],
    ['text in other case', 'https://telegram.org/faq', ' Telegram.org/FAQ '],
  ])('prints nothing after a %s', (_name, href, text) => {
    expect(printedAddress(href, text)).toBeUndefined();
  });
});

describe('printLinksPlugin', () => {
  /** Runs the plugin on one link the way the Markdown processor does, and returns what it set. */
  function run(href: string | undefined, text: string): Record<string, unknown> {
    const node = { properties: href === undefined ? {} : ({ href } as Record<string, unknown>) };
    const set: Record<string, unknown> = {};
    printLinksPlugin.element.visit(node, {
      textContent: () => text,
      setProperty: (_node, key, value) => {
        set[key] = value;
      },
    });
    return set;
  }

  it('only looks at links', () => {
    expect(printLinksPlugin.element.filter).toEqual(['a']);
  });

  it('gives an external link with words as text its short address', () => {
    expect(run('https://www.facebook.com/help/messenger-app', 'Messenger Help Center')).toEqual({
      dataPrintUrl: 'facebook.com/help/messenger-app',
    });
  });

  it('leaves links that show their address, internal links and anchors without an href alone', () => {
    expect(run('https://faq.whatsapp.com/', 'faq.whatsapp.com')).toEqual({});
    expect(run('/fixes/test-microphone/', 'Test each microphone')).toEqual({});
    expect(run(undefined, 'a name anchor')).toEqual({});
  });
});
