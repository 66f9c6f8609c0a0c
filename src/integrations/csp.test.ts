import { describe, expect, it } from 'vitest';
import { allowOwnInlineCode, cspHash } from './csp';

const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1]!;

describe('allowOwnInlineCode', () => {
  it('adds the hash of an inline script the policy does not allow yet', () => {
    const html = page("default-src 'self'; script-src 'self'; style-src 'self';", '<script>go()</script>');
    const policy = policyOf(allowOwnInlineCode(html));
    expect(policy).toContain(`script-src 'self' ${cspHash('go()')};`);
    expect(policy).toContain("default-src 'self'");
  });

  it('drops the hashes of scripts and styles that are not on the page, and keeps other sources', () => {
    const html = page(
      `script-src 'self' 'wasm-unsafe-eval' 'sha256-abc' ${cspHash('go()')}; style-src 'self' 'sha256-def';`,
      '<script>go()</script>',
    );
    expect(policyOf(allowOwnInlineCode(html))).toBe(
      `script-src 'self' 'wasm-unsafe-eval' ${cspHash('go()')}; style-src 'self';`,
    );
  });

  it('leaves scripts with a src and already allowed hashes alone', () => {
    const allowed = cspHash('ok()');
    const html = page(`script-src 'self' ${allowed};`, '<script src="/a.js"></script><script>ok()</script>');
    expect(allowOwnInlineCode(html)).toBe(html);
  });

  it('hashes inline styles into style-src, once per distinct body', () => {
    const html = page("script-src 'self'; style-src 'self';", '<style>a{}</style><style>a{}</style>');
    const policy = policyOf(allowOwnInlineCode(html));
    expect(policy.split(cspHash('a{}')).length).toBe(2);
    expect(policy).toMatch(/style-src 'self' 'sha256-/);
  });

  it('keeps style-src-attr apart from style-src', () => {
    const html = page("style-src 'self'; style-src-attr 'unsafe-inline';", '<style>b{}</style>');
    expect(policyOf(allowOwnInlineCode(html))).toBe(
      `style-src 'self' ${cspHash('b{}')}; style-src-attr 'unsafe-inline';`,
    );
  });

  it('returns a page without a policy unchanged', () => {
    expect(allowOwnInlineCode('<p><script>x()</script></p>')).toBe('<p><script>x()</script></p>');
  });
});
