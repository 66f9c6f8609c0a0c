import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { launchOptions } from '../../scripts/browser.mjs';
import { axeBothThemes } from './axe';

/*
 * What the microphone test's end-to-end tests share. Chromium's fake microphone beeps
 * (`--use-fake-device-for-media-stream`); it plays a silent WAV file for a microphone that hears
 * nothing; `getUserMedia` is replaced where a browser would fail in ways the fake device can't.
 * Browser flags apply to a whole file (`test.use({ launchOptions })`), so each kind of microphone
 * has its own spec file.
 */

export const PAGE = '/fixes/test-microphone/';
export const FAKE_MIC = '--use-fake-device-for-media-stream';
export const ALLOW = '--use-fake-ui-for-media-stream';

/** Two seconds of digital silence, 16-bit mono PCM at 48 kHz: a microphone that hears nothing. */
export function silentWav(): string {
  const rate = 48_000;
  const data = rate * 2 * 2;
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data, 40);
  const file = join(tmpdir(), `guide-silent-${process.pid}.wav`);
  writeFileSync(file, Buffer.concat([header, Buffer.alloc(data)]));
  return file;
}

/** Chromium with the fake microphone and these extra flags. */
export const withFlags = (...flags: string[]) => {
  const base = launchOptions();
  return { launchOptions: { ...base, args: [...base.args, FAKE_MIC, ...flags] } };
};

/** Keeps every stream the page gets from `getUserMedia`, to check afterwards that it was released. */
export function keepStreams() {
  const streams: MediaStream[] = [];
  Object.assign(window, { micStreams: streams });
  const devices = navigator.mediaDevices;
  const real = devices.getUserMedia.bind(devices);
  devices.getUserMedia = async (constraints) => {
    const stream = await real(constraints);
    streams.push(stream);
    return stream;
  };
}

/** Whether every track the page got is stopped, and how many there were. */
export const tracks = (page: Page) =>
  page.evaluate(() => {
    const all = (window as unknown as { micStreams: MediaStream[] }).micStreams.flatMap((s) => s.getTracks());
    return { count: all.length, ended: all.every((t) => t.readyState === 'ended') };
  });

export const mic = (page: Page) => page.locator('guide-mic-test');
export const startButton = (page: Page) =>
  mic(page).getByRole('button', { name: /test the microphone|test again/i });

/** The WCAG 2.2 AA problems of the test as it is now, in the light theme and then the dark one. */
export const axeMicTest = (page: Page, where: string): Promise<string[]> =>
  axeBothThemes(page, where, 'guide-mic-test');

/**
 * Opens the page, presses the button and waits for the verdict; every request the page makes from
 * the press on is listed in `requests`.
 */
export async function runTest(page: Page, verdict: string) {
  await page.goto(PAGE);
  await expect(mic(page)).toHaveAttribute('data-state', 'idle');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
  await startButton(page).click();
  await expect(mic(page)).toHaveAttribute('data-state', verdict, { timeout: 15_000 });
  return requests;
}

/** What progress saved about the test. */
export const savedMic = (page: Page) =>
  page.evaluate(
    () => (JSON.parse(localStorage.getItem('audio-guide:progress') ?? '{}') as { mic?: unknown }).mic,
  );
