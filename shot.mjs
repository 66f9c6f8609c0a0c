import { chromium } from '@playwright/test';
const [,, base, out, spec, ...paths] = process.argv; // spec: WxH:scheme
const [size, scheme] = spec.split(':'); const [width, height] = size.split('x').map(Number);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await b.newContext({ viewport: { width, height }, deviceScaleFactor: 1, colorScheme: scheme, isMobile: true, hasTouch: true });
const p = await ctx.newPage();
for (const path of paths) {
  await p.goto(base + path);
  await p.waitForTimeout(300);
  await p.screenshot({ path: `${out}/${path.replace(/\//g, '_') || 'home'}-${size}-${scheme}.png` });
}
await b.close();
