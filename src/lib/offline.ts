/** File name of the guide's service worker, at the root of the site. */
export const SERVICE_WORKER_FILE = 'sw.js';

/** What the page tells the reader about the saved copy of the guide. */
export interface OfflineState {
  /** The whole guide is saved on this device and opens with no network. */
  ready: boolean;
  /** A newer version of the guide is saved and waits for the reader to reload. */
  update: boolean;
}

/** The parts of a `ServiceWorker` this module uses. */
export interface WorkerLike extends EventTarget {
  readonly state: string;
  postMessage(message: unknown): void;
}

/** The parts of a `ServiceWorkerRegistration` this module uses. */
export interface RegistrationLike extends EventTarget {
  readonly installing: WorkerLike | null;
  readonly waiting: WorkerLike | null;
  readonly active: WorkerLike | null;
}

/** The parts of `navigator.serviceWorker` this module uses. */
export interface ContainerLike extends EventTarget {
  readonly controller: WorkerLike | null;
  readonly ready: Promise<RegistrationLike>;
  register(url: string, options?: RegistrationOptions): Promise<unknown>;
}

/** Message that asks the worker to save a translation of the guide (`{ type, lang }`). */
export const SAVE_LANGUAGE = 'GUIDE_SAVE_LANGUAGE';
/** The worker's answer once a translation is saved (`{ type, lang, ok }`). */
export const LANGUAGE_SAVED = 'GUIDE_LANGUAGE_SAVED';

/** Message the generated worker answers by taking over from the version in use. */
const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;

/**
 * What to show for a registration: `ready` once a worker is active (a worker only becomes active
 * after its whole precache is stored), `update` while a newer worker waits behind the active one.
 */
export function offlineState(registration: RegistrationLike | undefined): OfflineState {
  const active = Boolean(registration?.active);
  return { ready: active, update: active && Boolean(registration?.waiting) };
}

/**
 * Registers the service worker at `url` once the page has finished loading, so saving the guide
 * never slows down the page the reader opened. Never throws: a failed registration only means
 * the guide is not saved.
 */
export function registerServiceWorker(
  container: ContainerLike,
  url: string,
  scope: string,
  win: Pick<Window, 'addEventListener'> & { document: Pick<Document, 'readyState'> } = window,
): void {
  const register = () => void container.register(url, { scope }).catch(() => undefined);
  if (win.document.readyState === 'complete') register();
  else win.addEventListener('load', register, { once: true });
}

/** Returned by `followServiceWorker`. */
export interface OfflineFollower {
  /** Switches to the waiting version and reloads the page once it is in charge. */
  applyUpdate(): void;
}

/**
 * Follows the guide's service worker and calls `render` with what to show, now and after every
 * change. Never reloads by itself: `reloadPage` runs only after `applyUpdate`. When another tab
 * switches this one to a new version, `update` stays on until the reader reloads.
 */
export function followServiceWorker(
  container: ContainerLike,
  render: (state: OfflineState) => void,
  reloadPage: () => void,
): OfflineFollower {
  let registration: RegistrationLike | undefined;
  let controlled = container.controller !== null;
  let replaced = false;
  let reloading = false;

  const emit = () => {
    const state = offlineState(registration);
    render({ ready: state.ready, update: state.update || replaced });
  };
  const watchWorker = (worker: WorkerLike | null) => worker?.addEventListener('statechange', emit);

  container.addEventListener('controllerchange', () => {
    if (reloading) return reloadPage();
    // The first worker claiming the page is not a new version; a worker replacing another is.
    if (controlled) replaced = true;
    controlled = true;
    emit();
  });

  void container.ready.then((ready) => {
    registration = ready;
    watchWorker(ready.installing);
    ready.addEventListener('updatefound', () => watchWorker(ready.installing));
    emit();
  });

  return {
    applyUpdate() {
      const waiting = registration?.waiting;
      if (!waiting) return reloadPage();
      reloading = true;
      waiting.postMessage(SKIP_WAITING);
    },
  };
}

/**
 * Asks the active worker to save the pages of translation `lang` (its first visit downloads them)
 * and resolves with whether they are saved. Never rejects: a worker that cannot save them, or an
 * older one that does not know the message, leaves the promise `false` or pending.
 */
export function saveLanguage(container: ContainerLike, lang: string): Promise<boolean> {
  return container.ready.then(
    (registration) =>
      new Promise<boolean>((resolve) => {
        const answered = (event: Event) => {
          const data = (event as MessageEvent).data as {
            type?: unknown;
            lang?: unknown;
            ok?: unknown;
          } | null;
          if (data?.type !== LANGUAGE_SAVED || data.lang !== lang) return;
          container.removeEventListener('message', answered);
          resolve(data.ok === true);
        };
        container.addEventListener('message', answered);
        registration.active?.postMessage({ type: SAVE_LANGUAGE, lang });
      }),
    () => false,
  );
}
