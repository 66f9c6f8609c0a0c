import { expect, test } from '@playwright/test';
import { axeMicTest, mic, runTest, withFlags } from './support/microphone';

/* The microphone test when the reader refuses the browser the microphone. */
test.use(withFlags('--deny-permission-prompts'));
// Each test listens for five seconds, then checks the page with axe in both themes.
test.slow();

test('the test says how to allow it, or to use Voice Memos', async ({ page }) => {
  await runTest(page, 'denied');
  await expect(mic(page).getByRole('status')).toContainText('Ask or Allow');
  await expect(mic(page).getByRole('link', { name: 'the Voice Memos steps' })).toBeVisible();
  expect(await axeMicTest(page, 'denied')).toEqual([]);
});
