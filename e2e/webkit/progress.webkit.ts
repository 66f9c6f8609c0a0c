import { expect, test, type Phone } from './fixtures';

const boxes = 'guide-checklist input[type=checkbox]';
const planRows = '[data-list="diagnose-plan"] li';

/** The fixes of the fix path, in order, as their titles and links. */
async function fixPath(phone: Phone): Promise<{ title: string; href: string }[]> {
  await phone.open('/fixes/');
  await phone.find('guide-checklist .checklist-text > a');
  return phone.run(() =>
    [...document.querySelectorAll('guide-checklist .checklist-text > a')].map((a) => ({
      title: a.textContent?.trim() ?? '',
      href: a.getAttribute('href') ?? '',
    })),
  );
}

/** Waits until the page's checklist has the checkboxes ticked as `expected`, in order, from the first. */
async function waitForTicks(phone: Phone, expected: boolean[]): Promise<void> {
  await phone.waitFor(`ticks ${JSON.stringify(expected)}`, async () => {
    const ticks = (await phone.checked(boxes)).slice(0, expected.length);
    return JSON.stringify(ticks) === JSON.stringify(expected);
  });
}

/** Clicks an answer on "Did this fix it?" once the page script runs (it marks the saved answer). */
async function answerFix(phone: Phone, name: 'Yes' | 'No' | 'Skip'): Promise<void> {
  const button = await phone.byText('button', name, 'guide-fix-result');
  await phone.waitFor(
    `${name} to be ready`,
    async () => (await button.getAttribute('aria-pressed')) === 'false',
  );
  await phone.click(button);
}

test('a ticked check on the quick checks and an app page is still ticked after a reload', async ({
  phone,
}) => {
  for (const path of ['/quick-checks/', '/apps/whatsapp/']) {
    await phone.open(path);
    const total = (await phone.checked(boxes)).length;
    expect(total, path).toBeGreaterThan(0);
    await phone.waitForText(`0 of ${total} done`);
    await phone.tap(boxes);
    await phone.waitForText(`1 of ${total} done`);
    await phone.reload();
    await waitForTicks(phone, [true, false]);
    await phone.waitForText(`1 of ${total} done`);
  }
});

test('a tick in one window shows in another window without a reload', async ({ phone }) => {
  const { driver } = phone;
  await phone.open('/quick-checks/');
  const first = await driver.getWindowHandle();
  await driver.switchTo().newWindow('window');
  const second = await driver.getWindowHandle();
  await phone.open('/quick-checks/');
  await waitForTicks(phone, [false]);

  await driver.switchTo().window(first);
  await phone.tap(boxes);
  await driver.switchTo().window(second);
  await waitForTicks(phone, [true]);
  await phone.tap(boxes);
  await driver.switchTo().window(first);
  await waitForTicks(phone, [false]);
});

test('the diagnosis keeps its answers in the URL: a reload and My progress lead back to the same plan', async ({
  phone,
}) => {
  await phone.open('/diagnose/');
  for (const [question, answer] of [
    ['app', 'messages'],
    ['others-send', 'no'],
    ['memos', 'yes'],
    ['network', 'one-network'],
    ['started', 'not-sure'],
  ]) {
    const button = await phone.find(`[data-screen="${question}"]:not([hidden]) [data-answer="${answer}"]`);
    await phone.click(button);
  }
  await phone.find('[data-screen="plan"]:not([hidden])');
  const planPath = await phone.path();
  expect(planPath).toBe(
    '/diagnose/?app=messages&others-send=no&memos=yes&network=one-network&started=not-sure',
  );
  const plan = await phone.texts(`${planRows} .checklist-text > a`);
  expect(plan.length).toBeGreaterThan(2);

  await phone.tap(`${planRows} input[type=checkbox]`);
  await phone.waitFor('the first fix marked as tried', async () =>
    (await phone.texts(planRows))[0]?.includes('No change'),
  );
  await phone.reload();
  await phone.find('[data-screen="plan"]:not([hidden])');
  expect(await phone.texts(`${planRows} .checklist-text > a`)).toEqual(plan);
  expect((await phone.checked(`${planRows} input[type=checkbox]`))[0]).toBe(true);

  await phone.open('/my-progress/');
  await phone.waitForText(`Next to try: ${plan[1]}`);
  await phone.clickText('a', 'Open your fix plan');
  await phone.waitFor('the plan address', async () => (await phone.path()) === planPath);
  await phone.find('[data-screen="plan"]:not([hidden])');
  expect(await phone.texts(`${planRows} .checklist-text > a`)).toEqual(plan);
});

test('No, Skip and Yes on fix pages reach My progress and its summary', async ({ phone }) => {
  const [first, second, third] = await fixPath(phone);
  if (!first || !second || !third) throw new Error('the fix path needs at least three fixes');

  await phone.open(first.href);
  await answerFix(phone, 'No');
  await phone.waitForText('Saved: tried, no change.');
  await phone.clickText('a', second.title, 'guide-fix-result');
  await phone.waitFor(second.href, async () => (await phone.path()) === second.href);
  await answerFix(phone, 'Skip');
  await phone.waitFor(third.href, async () => (await phone.path()) === third.href);
  await answerFix(phone, 'Yes');
  await phone.waitForText('Saved: this is the fix that solved it.');

  await phone.open('/my-progress/');
  await phone.waitFor(
    'three answers in the history',
    async () => (await phone.texts('[data-history] li')).length === 3,
  );
  const history = await phone.texts('[data-history] li');
  expect(history[0]).toContain(`${first.title} — No change`);
  expect(history[1]).toContain(`${second.title} — Skipped`);
  expect(history[2]).toContain(`${third.title} — Fixed it`);

  await (await phone.find('#ios-version')).sendKeys('18.5');
  const summary =
    `iPhone, iOS 18.5. Tried: ${first.title} (no change); ${third.title} (fixed it). ` +
    `Skipped: ${second.title}. Result: fixed by ${third.title}.`;
  await phone.waitFor('the summary', async () => (await phone.texts('[data-summary]'))[0] === summary);
  await phone.reload();
  await phone.waitFor(
    'the summary after a reload',
    async () => (await phone.texts('[data-summary]'))[0] === summary,
  );
});
