/**
 * Loaded by OfflineStatus.astro once the page has loaded: registers the guide's service worker and
 * makes `<guide-offline-status>` show "Available offline" and "New version available". On a page
 * of a translation (`data-language`), the worker saves that language first: "Available offline"
 * waits for it.
 */
import { hrefOf } from '../lib/content';
import {
  followServiceWorker,
  registerServiceWorker,
  saveLanguage,
  SERVICE_WORKER_FILE,
} from '../lib/offline';

const base = hrefOf('index', import.meta.env.BASE_URL);
registerServiceWorker(navigator.serviceWorker, base + SERVICE_WORKER_FILE, base);

class GuideOfflineStatus extends HTMLElement {
  connectedCallback() {
    const ready = this.querySelector<HTMLElement>('[data-offline-ready]');
    const update = this.querySelector<HTMLElement>('[data-offline-update]');
    const reload = this.querySelector<HTMLButtonElement>('[data-offline-reload]');
    const dismiss = this.querySelector<HTMLButtonElement>('[data-offline-dismiss]');
    if (!ready || !update || !reload || !dismiss) return;
    let dismissed = false;
    const language = this.dataset['language'];
    let languageSaved = !language;
    let asked = false;
    let active = false;
    const showReady = () => (ready.hidden = !(active && languageSaved));
    const follower = followServiceWorker(
      navigator.serviceWorker,
      (state) => {
        active = state.ready;
        if (state.ready && language && !asked) {
          asked = true;
          void saveLanguage(navigator.serviceWorker, language).then((saved) => {
            languageSaved = saved;
            showReady();
          });
        }
        showReady();
        update.hidden = !state.update || dismissed;
      },
      () => location.reload(),
    );
    reload.addEventListener('click', () => {
      reload.disabled = true;
      follower.applyUpdate();
    });
    dismiss.addEventListener('click', () => {
      dismissed = true;
      update.hidden = true;
    });
  }
}
customElements.define('guide-offline-status', GuideOfflineStatus);
