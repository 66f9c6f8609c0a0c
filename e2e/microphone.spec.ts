import { expect, test } from '@playwright/test';
import {
  ALLOW,
  axeMicTest,
  keepStreams,
  mic,
  runTest,
  savedMic,
  startButton,
  tracks,
  withFlags,
  PAGE,
} from './support/microphone';

/* The microphone test with a microphone that hears and that the reader allows. */
test.use(withFlags(ALLOW));
// Each test listens for five seconds, then checks the page with axe in both themes.
test.slow();

test('the test shows the level, says it hears you, plays it back and lets the microphone go', async ({
  page,
  baseURL,
}) => {
  await page.addInitScript(keepStreams);
  await page.goto(PAGE);
  // What the page itself loads (the favicon comes last) is done before the test starts.
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
  const meter = mic(page).getByRole('meter', { name: 'Microphone level' });
  // The fake microphone beeps twice a second: keep the loudest level the meter showed.
  await mic(page)
    .locator('[role=meter]')
    .evaluate((element) => {
      const seen = { max: 0 };
      Object.assign(window, { loudest: seen });
      new MutationObserver(() => {
        seen.max = Math.max(seen.max, Number(element.getAttribute('aria-valuenow')));
      }).observe(element, { attributes: true });
    });
  await startButton(page).click();
  // Fetching the test's code and starting the microphone can take a while on a busy machine.
  await expect(mic(page)).toHaveAttribute('data-state', 'listening', { timeout: 15_000 });
  await expect(meter).toBeVisible();
  await expect(mic(page).getByText(/Speak now: \d s left/)).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { loudest: { max: number } }).loudest.max), {
      timeout: 10_000,
    })
    .toBeGreaterThan(50);
  expect(await axeMicTest(page, 'listening')).toEqual([]);

  await expect(mic(page)).toHaveAttribute('data-state', 'works', { timeout: 15_000 });
  await expect(mic(page).getByRole('status')).toContainText('It hears you');
  await expect(mic(page).getByRole('link', { name: /Turn iMessage off and on/ })).toBeVisible();
  await expect(meter).toBeHidden();
  const playback = mic(page).locator('audio');
  await expect(playback).toBeVisible();
  await expect(playback).toHaveAttribute('src', /^blob:/);
  await expect(startButton(page)).toHaveText('Test again');
  expect(await axeMicTest(page, 'works')).toEqual([]);

  // The microphone is released: every track stopped, so the recording indicator goes away.
  expect(await tracks(page)).toEqual({ count: 1, ended: true });
  // Nothing left the page: it only fetched the test's own code from this site, and played the
  // recording back from a blob: address of its own.
  expect(requests.length).toBeGreaterThan(0);
  const origin = new URL(baseURL!).origin;
  for (const request of requests) {
    expect(request).toMatch(new RegExp(`^GET (${origin}/_astro/[\\w.-]+\\.js|blob:${origin}/[\\w-]+)$`));
  }
  // Only the verdict is kept, not the sound.
  expect(await savedMic(page)).toEqual({ verdict: 'works', at: expect.any(Number) });
});

test('the result shows on My progress and in the summary for support', async ({ page }) => {
  await runTest(page, 'works');
  await page.goto('/my-progress/');
  await expect(page.locator('[data-history]')).toContainText(/Microphone test.*It hears you/);
  await expect(page.locator('[data-summary]')).toContainText(
    'Microphone test in the browser: it heard sound.',
  );
});

test('the diagnosis takes the result as the answer to its Voice Memos question', async ({
  page,
  isMobile,
}) => {
  test.skip(!isMobile, 'the diagnosis is designed for a phone');
  await page.goto('/diagnose/?app=messages&others-send=yes');
  const screen = page.locator('[data-screen="memos"]');
  await expect(screen.getByRole('heading', { level: 2 })).toHaveText(/Voice Memos/);
  await screen.getByRole('button', { name: 'Test the microphone' }).click();
  await expect(screen.locator('guide-mic-test')).toHaveAttribute('data-state', 'works', { timeout: 15_000 });
  await expect(screen.getByRole('button', { name: /Yes, it sounds clear/ })).toHaveAttribute(
    'data-suggested',
    '',
  );
  // Coming to the question again with the result saved, the diagnosis answers it and goes on.
  await page.goto('/diagnose/?app=messages');
  await page.getByRole('button', { name: 'Yes, only audio fails' }).click();
  await expect(page.locator('[data-screen]:not([hidden]) h2')).toHaveText(/every network/);
  await expect(page).toHaveURL(/memos=yes/);
  await expect(page.getByText('Your microphone test answered')).toContainText('Yes, it sounds clear');
  // Back at the question, the answer the test gives is marked, and another can be chosen.
  await page.getByRole('button', { name: '← Previous question' }).click();
  await expect(page.locator('[data-screen]:not([hidden]) h2')).toHaveText(/Voice Memos/);
  await expect(page.getByText('Your microphone test answered')).toBeHidden();
  await expect(page.getByText('Your microphone test suggests')).toContainText('Yes, it sounds clear');
  await page.getByRole('button', { name: /^No: silent/ }).click();
  await expect(page).toHaveURL(/memos=no/);
});

test('something else holding the microphone: the test says to free it', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () =>
      Promise.reject(new DOMException('Could not start audio source', 'NotReadableError'));
  });
  await runTest(page, 'busy');
  await expect(mic(page).getByRole('link', { name: /End calls and close apps/ })).toBeVisible();
  expect(await axeMicTest(page, 'busy')).toEqual([]);
});

test('a browser without microphone access: the test sends the reader to Voice Memos', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'mediaDevices', { value: undefined }));
  await runTest(page, 'unsupported');
  await expect(mic(page).getByRole('link', { name: 'the Voice Memos steps' })).toBeVisible();
  expect(await axeMicTest(page, 'unsupported')).toEqual([]);
});

test('before and while the browser asks, the test says what to do', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => new Promise(() => undefined);
  });
  await page.goto(PAGE);
  await expect(mic(page)).toHaveAttribute('data-state', 'idle');
  expect(await axeMicTest(page, 'idle')).toEqual([]);
  await startButton(page).click();
  await expect(mic(page)).toHaveAttribute('data-state', 'asking');
  await expect(mic(page).getByRole('status')).toContainText('allow the microphone');
  expect(await axeMicTest(page, 'asking')).toEqual([]);
});

test('garbage saved as the test result is dropped and the rest of the progress kept', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem(
      'audio-guide:progress',
      JSON.stringify({
        version: 1,
        lists: {},
        fixes: { 'restart-imessage': { result: 'tried', at: Date.now() - 1000 } },
        mic: { verdict: 'perfect', at: 'yesterday' },
      }),
    );
  });
  await page.goto('/my-progress/');
  await expect(page.locator('[data-history] li')).toHaveCount(1);
  await expect(page.locator('[data-summary]')).not.toContainText('Microphone');
  await expect(page.locator('[data-summary]')).toContainText('Turn iMessage off and on once');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the Voice Memos steps are there, and no button that cannot work', async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.locator('#steps .sl-steps > li').first()).toBeVisible();
    await expect(page.getByText(/Open\s+Voice Memos/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Test the microphone' })).toBeHidden();
    await expect(page.getByText('Test the microphone here')).toBeHidden();
  });
});
