import { describe, expect, it } from 'vitest';
import {
  followServiceWorker,
  offlineState,
  LANGUAGE_SAVED,
  registerServiceWorker,
  SAVE_LANGUAGE,
  saveLanguage,
  type ContainerLike,
  type OfflineState,
  type RegistrationLike,
  type WorkerLike,
} from './offline';

/** A service worker as the browser reports it: a state that changes, messages it received. */
class FakeWorker extends EventTarget implements WorkerLike {
  messages: unknown[] = [];
  constructor(public state: string) {
    super();
  }
  postMessage(message: unknown) {
    this.messages.push(message);
  }
  moveTo(state: string) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget implements RegistrationLike {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  active: FakeWorker | null = null;

  /** A new version is found and downloads its precache. */
  startUpdate() {
    this.installing = new FakeWorker('installing');
    this.dispatchEvent(new Event('updatefound'));
    return this.installing;
  }
  /** The new version finished downloading and now waits. */
  finishInstall(worker: FakeWorker) {
    this.installing = null;
    this.waiting = worker;
    worker.moveTo('installed');
  }
}

class FakeContainer extends EventTarget implements ContainerLike {
  controller: FakeWorker | null = null;
  registered: string[] = [];
  private resolveReady!: (registration: RegistrationLike) => void;
  ready = new Promise<RegistrationLike>((resolve) => (this.resolveReady = resolve));

  register(url: string) {
    this.registered.push(url);
    return Promise.reject(new Error('registration failed'));
  }
  activate(registration: FakeRegistration) {
    this.resolveReady(registration);
  }
  takeOver(worker: FakeWorker) {
    this.controller = worker;
    this.dispatchEvent(new Event('controllerchange'));
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function follow(container: FakeContainer) {
  const states: OfflineState[] = [];
  let reloads = 0;
  const follower = followServiceWorker(
    container,
    (state) => states.push(state),
    () => reloads++,
  );
  return { follower, states, last: () => states.at(-1), reloads: () => reloads };
}

describe('offlineState', () => {
  it.each([
    ['no registration', undefined, { ready: false, update: false }],
    ['still installing', { installing: 1, waiting: null, active: null }, { ready: false, update: false }],
    ['active', { installing: null, waiting: null, active: 1 }, { ready: true, update: false }],
    ['active, new one waiting', { installing: null, waiting: 1, active: 1 }, { ready: true, update: true }],
    [
      'active, new one downloading',
      { installing: 1, waiting: null, active: 1 },
      { ready: true, update: false },
    ],
  ])('%s', (_, shape, expected) => {
    const registration =
      shape &&
      Object.assign(new FakeRegistration(), {
        installing: shape.installing ? new FakeWorker('installing') : null,
        waiting: shape.waiting ? new FakeWorker('installed') : null,
        active: shape.active ? new FakeWorker('activated') : null,
      });
    expect(offlineState(registration)).toEqual(expected);
  });
});

describe('registerServiceWorker', () => {
  const page = (readyState: DocumentReadyState) => {
    const target = new EventTarget();
    return Object.assign(target, { document: { readyState } });
  };

  it('registers at once when the page has loaded, and swallows a failure', async () => {
    const container = new FakeContainer();
    registerServiceWorker(container, '/sw.js', '/', page('complete'));
    expect(container.registered).toEqual(['/sw.js']);
    await tick();
  });

  it('waits for the load event while the page is still loading', () => {
    const container = new FakeContainer();
    const win = page('interactive');
    registerServiceWorker(container, '/sw.js', '/', win);
    expect(container.registered).toEqual([]);
    win.dispatchEvent(new Event('load'));
    expect(container.registered).toEqual(['/sw.js']);
  });
});

describe('followServiceWorker', () => {
  it('says nothing until the first version is active, then says the guide is offline-ready', async () => {
    const container = new FakeContainer();
    const { states, last } = follow(container);
    await tick();
    expect(states).toEqual([]);

    const registration = new FakeRegistration();
    registration.active = new FakeWorker('activated');
    container.activate(registration);
    await tick();
    expect(last()).toEqual({ ready: true, update: false });

    // The first worker claiming the page is not an update.
    container.takeOver(registration.active);
    expect(last()).toEqual({ ready: true, update: false });
  });

  it('offers an update once a new version has downloaded, and never reloads by itself', async () => {
    const container = new FakeContainer();
    const registration = new FakeRegistration();
    registration.active = container.controller = new FakeWorker('activated');
    const { last, reloads } = follow(container);
    container.activate(registration);
    await tick();

    const next = registration.startUpdate();
    expect(last()).toEqual({ ready: true, update: false });
    registration.finishInstall(next);
    expect(last()).toEqual({ ready: true, update: true });
    expect(reloads()).toBe(0);
  });

  it('reloads only after the reader asks and the new version has taken over', async () => {
    const container = new FakeContainer();
    const registration = new FakeRegistration();
    registration.active = container.controller = new FakeWorker('activated');
    const { follower, reloads } = follow(container);
    container.activate(registration);
    await tick();
    const next = registration.startUpdate();
    registration.finishInstall(next);

    follower.applyUpdate();
    expect(next.messages).toEqual([{ type: 'SKIP_WAITING' }]);
    expect(reloads()).toBe(0);

    container.takeOver(next);
    expect(reloads()).toBe(1);
  });

  it('notices a version already waiting when the page opens', async () => {
    const container = new FakeContainer();
    const registration = new FakeRegistration();
    registration.active = container.controller = new FakeWorker('activated');
    registration.waiting = new FakeWorker('installed');
    const { last } = follow(container);
    container.activate(registration);
    await tick();
    expect(last()).toEqual({ ready: true, update: true });
  });

  it('keeps offering a reload when another tab switched this page to a new version', async () => {
    const container = new FakeContainer();
    const registration = new FakeRegistration();
    registration.active = container.controller = new FakeWorker('activated');
    const { follower, last, reloads } = follow(container);
    container.activate(registration);
    await tick();

    const next = new FakeWorker('activated');
    registration.active = next;
    container.takeOver(next);
    expect(last()).toEqual({ ready: true, update: true });
    expect(reloads()).toBe(0);

    follower.applyUpdate();
    expect(reloads()).toBe(1);
  });
});

describe('saveLanguage', () => {
  const answer = (container: FakeContainer, data: unknown) =>
    container.dispatchEvent(new MessageEvent('message', { data }));

  /** A page whose active worker was just asked to save the Spanish pages, once the ask went out. */
  async function askToSaveSpanish() {
    const container = new FakeContainer();
    const registration = new FakeRegistration();
    const worker = new FakeWorker('activated');
    registration.active = worker;
    container.activate(registration);
    const saved = saveLanguage(container, 'es');
    await Promise.resolve();
    await Promise.resolve();
    return { container, registration: { active: worker }, saved };
  }

  it('asks the active worker to save the language and resolves with its answer for that language', async () => {
    const { container, registration, saved } = await askToSaveSpanish();
    expect(registration.active.messages).toEqual([{ type: SAVE_LANGUAGE, lang: 'es' }]);
    let settled: boolean | undefined;
    void saved.then((ok) => (settled = ok));
    // Another language's answer, or another message, is not this one.
    answer(container, { type: LANGUAGE_SAVED, lang: 'fr', ok: true });
    answer(container, { type: 'SOMETHING_ELSE', lang: 'es', ok: true });
    await Promise.resolve();
    expect(settled).toBeUndefined();
    answer(container, { type: LANGUAGE_SAVED, lang: 'es', ok: true });
    expect(await saved).toBe(true);
  });

  it('resolves false when the worker could not save it', async () => {
    const { container, saved } = await askToSaveSpanish();
    answer(container, { type: LANGUAGE_SAVED, lang: 'es', ok: false });
    expect(await saved).toBe(false);
  });
});
