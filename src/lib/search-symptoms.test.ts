import { describe, expect, it } from 'vitest';
import { GUIDE_WORDS } from './search-language';
import { planQuery } from './search-query';
import { escapeHtml, liftBySymptoms, matchingPhrase, pairShare, symptomShare } from './search-symptoms';

describe('matchingPhrase', () => {
  const symptoms = [
    'mic switch greyed out in settings',
    'audio message records nothing, 0:00',
    "texts and photos send but audio doesn't",
  ];

  it('quotes the symptom that shares the most words, in any form, the matching words marked', () => {
    expect(matchingPhrase(symptoms, planQuery('microphone grayed out'))).toBe(
      '<mark>mic</mark> switch <mark>greyed</mark> out in settings',
    );
    expect(matchingPhrase(symptoms, planQuery('recording shows 0 00'))).toBe(
      'audio message <mark>records</mark> nothing, <mark>0:00</mark>',
    );
  });

  it('quotes nothing when no symptom shares a word', () => {
    expect(matchingPhrase(symptoms, planQuery('bluetooth headset'))).toBeUndefined();
    expect(matchingPhrase([], planQuery('mic'))).toBeUndefined();
  });

  it('escapes the symptom and never puts the query into the HTML', () => {
    const html = matchingPhrase(
      ['a <b>bold</b> & "mic" claim'],
      planQuery('<img src=x onerror=alert(1)> mic'),
    );
    expect(html).toBe('a &#60;b&#62;bold&#60;/b&#62; &#38; <mark>&#34;mic&#34;</mark> claim');
    expect(html).not.toContain('<img');
    expect(escapeHtml(`<'&">`)).toBe('&#60;&#39;&#38;&#34;&#62;');
  });
});

describe('symptomShare and liftBySymptoms', () => {
  it('says how much of the query one symptom says, in any form of its words', () => {
    const plan = planQuery('audio message not available');
    expect(symptomShare(['available: the audio message is not', 'no sound'], plan)).toBeCloseTo(1 + 0.5 / 3);
    expect(symptomShare(['free up storage space, available space'], plan)).toBe(0.5);
    expect(symptomShare(['bluetooth'], plan)).toBe(0);
    expect(symptomShare([], planQuery(''))).toBe(0);
  });

  it('counts a concept said with a synonym less than one said with the person’s word', () => {
    const plan = planQuery('send voice message');
    expect(symptomShare(['a voice message i send'], plan)).toBe(1.25);
    expect(symptomShare(['send a voice memo'], plan)).toBe(0.875);
  });

  it('with stop words, prefers the symptom that says the query and little else', () => {
    const plan = planQuery('screen time blocking the mic');
    const { stem, howTo, stopWords } = GUIDE_WORDS;
    const exact = symptomShare(['screen time blocking the mic'], plan, stem, howTo, stopWords);
    const more = symptomShare(['stop screen time blocking the mic again'], plan, stem, howTo, stopWords);
    expect(exact).toBe(symptomShare(['screen time blocking the mic'], plan));
    expect(more).toBeLessThan(exact);
    expect(more).toBeGreaterThan(0.75 * exact);
    expect(symptomShare(['the the the'], plan, stem, howTo, stopWords)).toBe(0);
  });

  it('adds up to half for a symptom with the query’s words next to each other, stop words included', () => {
    const plan = planQuery('audio message not available');
    expect(symptomShare(['audio message not available'], plan)).toBe(1.5);
    expect(symptomShare(['0 kb available, audio message fails'], plan)).toBeCloseTo(1 + 0.5 / 3);
    expect(symptomShare(['no audio message available'], plan)).toBeCloseTo(1 + 0.5 / 3);
  });

  it('finds the query’s neighbouring words side by side in a page’s text, in any case', () => {
    const plan = planQuery('mark as known messages');
    expect(pairShare('In Unknown Senders, tap Mark as Known.', plan)).toBeCloseTo(2 / 3);
    expect(pairShare('Known senders can mark messages.', plan)).toBe(0);
    expect(pairShare('', plan)).toBe(0);
    expect(pairShare('mark as known', planQuery(''))).toBe(0);
  });

  it('answers a question for steps with the symptoms that ask the same kind of question', () => {
    const plan = planQuery('how do i send a voice message');
    expect(symptomShare(['how to send a voice message on iphone'], plan)).toBe(1.25);
    expect(symptomShare(['cant send voice message'], plan)).toBe(0);
    expect(symptomShare(['cant send voice message'], planQuery('send voice message'))).toBe(1.5);
  });

  it('puts the close page that names the whole trouble first, and leaves the rest in place', () => {
    const ranked = [
      { id: 'mentions', score: 1 },
      { id: 'names', score: 0.9 },
      { id: 'far', score: 0.2 },
      { id: 'after', score: 0.1 },
    ];
    const lifted = liftBySymptoms(ranked, [0.5, 1, 1], 3);
    expect(lifted.map((r) => r.id)).toEqual(['names', 'mentions', 'far', 'after']);
    expect(liftBySymptoms(ranked, [0, 0, 0]).map((r) => r.id)).toEqual(ranked.map((r) => r.id));
    expect(liftBySymptoms([], [])).toEqual([]);
  });
});
