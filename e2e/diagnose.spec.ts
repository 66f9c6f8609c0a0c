import { expect, test, type Page } from '@playwright/test';
import { pageErrors } from './support/fixtures';

test.skip(({ isMobile }) => !isMobile, 'the diagnosis is designed for a phone; its logic is unit-tested');

/** The visible question heading. */
const question = (page: Page) => page.locator('guide-diagnose [data-screen]:not([hidden]) h2');
const planRows = (page: Page) => page.locator('[data-list="diagnose-plan"] li');
const fixLinks = (page: Page) => planRows(page).locator('a');

async function answer(page: Page, label: string | RegExp) {
  await page.getByRole('button', { name: label }).tap();
}

/** Answers that describe "only on home Wi-Fi, photos hang too, Voice Memos is fine". */
async function answerHomeWifi(page: Page) {
  await page.goto('/diagnose/');
  await expect(question(page)).toHaveText('Which app shows the problem?');
  await answer(page, /^Messages/);
  await expect(question(page)).toHaveText(/texts and photos/);
  await answer(page, 'No, they fail or hang too');
  await expect(question(page)).toHaveText(/Voice Memos/);
  await answer(page, 'Yes, it sounds clear');
  await expect(question(page)).toHaveText(/every network/);
  await answer(page, 'Only on one Wi-Fi or network');
  await expect(question(page)).toHaveText(/start after/);
  await answer(page, 'Not sure');
  await expect(question(page)).toHaveText('Your fix plan');
}

test('answering by taps gives a plan that starts with the likely fixes', async ({ page }) => {
  await answerHomeWifi(page);
  await expect(question(page)).toHaveText('Your fix plan');
  await expect(page).toHaveURL(
    /\?app=messages&others-send=no&memos=yes&network=one-network&started=not-sure$/,
  );
  await expect(fixLinks(page).nth(0)).toHaveText('Make sure the iPhone is online');
  await expect(fixLinks(page).nth(1)).toHaveText('Turn off VPN and filtering apps for a test');
  const firstFour = (await fixLinks(page).allInnerTexts()).slice(0, 4);
  expect(firstFour).toContain('Reset Network Settings');
  await expect(planRows(page).first()).toHaveAttribute('data-id', 'check-phone-online');
  await expect(planRows(page).first()).toContainText('No risk');
  await expect(page.getByRole('link', { name: /Six quick checks/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /It fails only on home Wi-Fi/ })).toBeVisible();
  await fixLinks(page).filter({ hasText: 'Reset Network Settings' }).tap();
  await expect(page).toHaveURL(/\/fixes\/reset-network-settings\/$/);
});

test('each situation beyond sending leads to its own case', async ({ page }) => {
  await page.goto('/diagnose/');
  await expect(question(page)).toHaveText('Which app shows the problem?');
  await answer(page, 'WhatsApp');
  await expect(question(page)).toHaveText(/texts and photos/);
  await answer(page, 'Recording stops by itself');
  await expect(question(page)).toHaveText(/Voice Memos/);
  await page.getByRole('button', { name: 'Show my plan now' }).tap();
  await expect(question(page)).toHaveText('Your fix plan');
  await expect(fixLinks(page).first()).toHaveText('Take off the case and screen protector');
  await expect(
    page.getByRole('link', { name: 'Recording stops by itself after a few seconds' }),
  ).toBeVisible();

  const cases: [string, string][] = [
    ['app=messages&others-send=never-arrived', 'One audio message never arrived'],
    ['app=not-sure&others-send=cant-play', 'An audio message you received won’t play'],
  ];
  for (const [answers, title] of cases) {
    await page.goto(`/diagnose/?${answers}&memos=not-sure&network=not-sure&started=not-sure`);
    await expect(question(page)).toHaveText('Your fix plan');
    await page.getByRole('link', { name: title }).tap();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  }
});

test('a plan URL reloads to the same plan', async ({ page }) => {
  await answerHomeWifi(page);
  const plan = await fixLinks(page).allInnerTexts();
  expect(plan.length).toBeGreaterThan(2);
  await page.reload();
  await expect(question(page)).toHaveText('Your fix plan');
  expect(await fixLinks(page).allInnerTexts()).toEqual(plan);

  await page.goto('/diagnose/?memos=no&app=messages&others-send=not-sure&network=not-sure&started=none');
  await expect(question(page)).toHaveText('Your fix plan');
  const microphone = (await fixLinks(page).allInnerTexts()).slice(0, 4);
  expect(microphone).toContain('Test each microphone');
  expect(microphone).toContain('Clean the microphone openings safely');
});

test('the plan is a checklist that remembers, shared with the fix path and My progress', async ({ page }) => {
  const errors = await pageErrors(page);
  await answerHomeWifi(page);
  const planUrl = page.url();
  const rows = planRows(page);
  const total = await rows.count();
  const [first, second] = await fixLinks(page).allInnerTexts();
  if (!first || !second) throw new Error('the plan needs at least two fixes');
  await expect(page.getByText(`0 of ${total} tried`)).toBeVisible();
  await expect(page.locator('[data-list="diagnose-plan"] [data-where]')).toHaveText(`Next to try: ${first}`);
  await expect(rows.first()).toContainText('Next to try');

  await rows.first().getByRole('checkbox').check();
  await expect(rows.first()).toContainText('No change');
  await expect(page.getByText(`1 of ${total} tried`)).toBeVisible();
  await expect(page.locator('[data-list="diagnose-plan"] [data-where]')).toHaveText(`Next to try: ${second}`);

  await page.reload();
  await expect(question(page)).toHaveText('Your fix plan');
  await expect(rows.first().getByRole('checkbox')).toBeChecked();
  await expect(rows.first()).toContainText('No change');
  await expect(rows.nth(1)).toContainText('Next to try');

  // The same fix shows as tried on the fix path.
  await page.goto('/fixes/');
  const onPath = page.locator('guide-checklist li').filter({ hasText: first });
  await expect(onPath.getByRole('checkbox')).toBeChecked();
  await expect(onPath).toContainText('No change');

  // My progress lists it, and links back to the plan.
  await page.goto('/my-progress/');
  await expect(page.locator('[data-history] li').filter({ hasText: first })).toContainText('No change');
  const plan = page.getByRole('region', { name: 'Your plan' });
  await expect(plan).toContainText(`1 of ${total} fixes tried`);
  await expect(plan).toContainText(`Next to try: ${second}`);
  await plan.getByRole('link', { name: 'Open your fix plan' }).tap();
  await expect(page).toHaveURL(planUrl);
  await expect(question(page)).toHaveText('Your fix plan');
  await expect(rows.first().getByRole('checkbox')).toBeChecked();
  expect(errors).toEqual([]);
});

test('answers to "Did this fix it?" on fix pages show on the plan', async ({ page }) => {
  await answerHomeWifi(page);
  const planUrl = page.url();
  const rows = planRows(page);
  const first = await fixLinks(page).first().innerText();
  const answer = page.locator('guide-fix-result');
  /** Taps an answer once the page script runs, which marks whether it is the saved answer. */
  const tapAnswer = async (name: string) => {
    await expect(answer.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'false');
    await answer.getByRole('button', { name }).tap();
  };

  await fixLinks(page).nth(1).tap();
  await expect(page).toHaveURL(/\/fixes\//);
  const skipped = page.url();
  await tapAnswer('Skip');
  // Skip goes on to the next fix.
  await expect(page).not.toHaveURL(skipped);
  await page.goto(planUrl);
  await expect(rows.nth(1)).toContainText('Skipped');
  await expect(rows.nth(1).getByRole('checkbox')).not.toBeChecked();

  await fixLinks(page).first().tap();
  await tapAnswer('Yes');
  await expect(answer.getByText('Saved: this is the fix that solved it.')).toBeVisible();
  await page.goto(planUrl);
  await expect(rows.first()).toContainText('Fixed it');
  await expect(rows.first().getByRole('checkbox')).toBeChecked();
  await expect(page.locator('[data-list="diagnose-plan"] [data-where]')).toHaveText(`Fixed by ${first}`);
});

test('Back goes to the previous question, and forward again', async ({ page }) => {
  await page.goto('/diagnose/');
  await answer(page, 'WhatsApp');
  await answer(page, 'No, they fail or hang too');
  await expect(question(page)).toHaveText(/Voice Memos/);
  await page.goBack();
  await expect(question(page)).toHaveText(/texts and photos/);
  await expect(page).toHaveURL(/\?app=whatsapp$/);
  await page.goBack();
  await expect(question(page)).toHaveText('Which app shows the problem?');
  await page.goForward();
  await expect(question(page)).toHaveText(/texts and photos/);
  await page.getByRole('button', { name: 'Previous question' }).tap();
  await expect(question(page)).toHaveText('Which app shows the problem?');
});

test('"Show my plan now" answers the rest "Not sure"; with no telling answer the plan is the whole fix path', async ({
  page,
}) => {
  await page.goto('/diagnose/');
  await page.getByRole('button', { name: 'Show my plan now' }).tap();
  await expect(question(page)).toHaveText('Your fix plan');
  await expect(page.getByText(/here is the whole fix path/)).toBeVisible();
  await expect(fixLinks(page)).toHaveCount(
    await page
      .locator('template[data-catalog]')
      .evaluate((t) => (t as HTMLTemplateElement).content.querySelectorAll('[data-kind="fix"]').length),
  );
  await page.getByRole('link', { name: 'Start over' }).tap();
  await expect(question(page)).toHaveText('Which app shows the problem?');
});

test('a mangled address starts at the first unanswered question, without errors', async ({ page }) => {
  const errors = await pageErrors(page);
  await page.goto('/diagnose/?app=signal&others-send=YES&memos=%E0%A4%A&network=one-network&x=<b>');
  await expect(question(page)).toHaveText('Which app shows the problem?');
  await answer(page, 'Telegram');
  await expect(question(page)).toHaveText(/texts and photos/);
  await expect(page).toHaveURL(/\?app=telegram&network=one-network$/);
  expect(errors).toEqual([]);
});

test('answer buttons are large enough to tap', async ({ page }) => {
  await page.goto('/diagnose/');
  for (const box of await page
    .locator('.diagnose-answer:visible')
    .evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(300);
  }
});

test('nothing on the page moves when the first question takes over', async ({ page }) => {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/diagnose/');
  await expect(question(page)).toHaveText('Which app shows the problem?');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));
  expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page is a decision guide linking each answer to causes and cases', async ({ page }) => {
    await page.goto('/diagnose/');
    await expect(
      page.getByRole('heading', { name: /Does a Voice Memos recording sound clear/ }),
    ).toBeVisible();
    const memos = page.locator('[data-static] section', { hasText: 'Voice Memos' });
    await expect(memos.getByRole('link', { name: 'Blocked or damaged microphone' })).toHaveAttribute(
      'href',
      '/causes/microphone-hardware/',
    );
    await expect(memos.getByRole('link', { name: 'It is the microphone itself' })).toBeVisible();
    const app = page.locator('[data-static] section', { hasText: 'Which app' });
    await expect(app.getByRole('link', { name: /WhatsApp/ })).toHaveAttribute('href', '/apps/whatsapp/');
    await expect(page.locator('.diagnose-answer').first()).toBeHidden();
  });
});
