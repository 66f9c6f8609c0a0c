import { expect, test } from '@playwright/test';
import {
  ALLOW,
  axeMicTest,
  keepStreams,
  mic,
  runTest,
  savedMic,
  silentWav,
  tracks,
  withFlags,
} from './support/microphone';

/* The microphone test with a microphone that hears nothing: blocked, covered or broken. */
test.use(withFlags(ALLOW, `--use-file-for-fake-audio-capture=${silentWav()}`));
// Each test listens for five seconds, then checks the page with axe in both themes.
test.slow();

test('the test says nothing was heard and what to try', async ({ page }) => {
  await page.addInitScript(keepStreams);
  await runTest(page, 'silent');
  await expect(mic(page).getByRole('status')).toContainText('Nothing was heard');
  await expect(mic(page).getByRole('link', { name: 'clean the openings' })).toBeVisible();
  expect(await tracks(page)).toEqual({ count: 1, ended: true });
  expect(await savedMic(page)).toEqual({ verdict: 'silent', at: expect.any(Number) });
  expect(await axeMicTest(page, 'silent')).toEqual([]);
});
