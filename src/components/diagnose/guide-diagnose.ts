/**
 * `<guide-diagnose>`, the script of Diagnose.astro: one question per screen, the answers in the
 * page's address, then the plan, whose code (`plan-screen.ts`) is fetched when a plan is first shown.
 * A saved microphone test answers the Voice Memos question (`../diagnose-mic.ts`, fetched on use).
 */
import mic from '../diagnose-mic.ts?lazy-url';
import plan from './plan-screen.ts?lazy-url';
import {
  answersBefore,
  answersToQuery,
  currentQuestion,
  finishWithNotSure,
  parseAnswers,
  type Answers,
  type DiagnoseModel,
} from '../../lib/diagnose';

/** One question per screen, answers in the URL, then the plan; the page's HTML holds every piece. */
class GuideDiagnose extends HTMLElement {
  #model: DiagnoseModel = {
    questions: [],
    causes: [],
    fixes: [],
    scenarios: [],
    checks: [],
    appPages: {},
  };
  #onPopState = () => this.#show({ moveFocus: false });
  /** The Voice Memos question, which the microphone test answers. */
  get #micQuestion() {
    return this.dataset['micQuestion'] ?? '';
  }
  /** Every fix row of the plan's checklist, before the plan picks and orders them. */
  #rows: HTMLElement[] = [];

  connectedCallback() {
    const data = this.querySelector('script[data-model]')?.textContent;
    if (!data) return;
    this.#model = JSON.parse(data) as DiagnoseModel;
    this.#rows = [...this.querySelectorAll<HTMLElement>('guide-checklist li[data-id]')];
    this.addEventListener('click', this.#onClick);
    this.addEventListener('guide-mic-result', () => void this.#suggest());
    window.addEventListener('popstate', this.#onPopState);
    this.#show({ moveFocus: false });
    this.setAttribute('data-ready', '');
  }

  disconnectedCallback() {
    window.removeEventListener('popstate', this.#onPopState);
  }

  #answers(): Answers {
    return parseAnswers(location.search, this.#model.questions);
  }

  /**
   * The answer the last microphone test gives to the Voice Memos question, with the code that reads
   * it fetched on first use; none when there is no such test or the code can't be fetched.
   */
  async #micAnswer(): Promise<string | undefined> {
    try {
      const { savedMemosAnswer } = (await import(/* @vite-ignore */ mic)) as typeof import('../diagnose-mic');
      return savedMemosAnswer();
    } catch {
      return undefined;
    }
  }

  /** Marks the Voice Memos answer the microphone test gives, and says so on that question's screen. */
  async #suggest() {
    const answer = await this.#micAnswer();
    const screen = this.querySelector<HTMLElement>(`[data-screen="${this.#micQuestion}"]`);
    if (!screen) return;
    for (const button of screen.querySelectorAll<HTMLElement>('[data-answer]'))
      button.toggleAttribute('data-suggested', button.dataset['answer'] === answer);
    this.#sayMicAnswer(screen.querySelector('[data-mic-says]'), answer);
  }

  /** Shows `note` with the label of the Voice Memos answer `answer`, or hides it for none. */
  #sayMicAnswer(note: HTMLElement | null, answer: string | undefined) {
    const question = this.#model.questions.find((q) => q.id === this.#micQuestion);
    const label = question?.answers.find((a) => a.id === answer)?.label;
    if (!note) return;
    note.hidden = !label;
    note.querySelector('[data-mic-answer]')!.textContent = label ?? '';
  }

  /**
   * Shows the screen for `answers` as a new history entry, so Back returns to this one; `fromMic`
   * says that the microphone test gave the Voice Memos answer.
   */
  #go(answers: Answers, { fromMic = false }: { fromMic?: boolean } = {}) {
    const { questions } = this.#model;
    const from = answersToQuery(this.#answers(), questions);
    history.pushState(
      { diagnoseFrom: from, fromMic },
      '',
      `${location.pathname}${answersToQuery(answers, questions)}`,
    );
    this.#show({ moveFocus: true });
  }

  #onClick = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target.closest('button, a') : null;
    if (!(target instanceof HTMLElement)) return;
    const { questions } = this.#model;
    const answers = this.#answers();
    const at = currentQuestion(answers, questions);
    const question = questions[at];
    if (target.dataset['answer'] !== undefined && question) {
      const next = { ...answers, [question.id]: target.dataset['answer'] };
      // Coming to the Voice Memos question, a saved microphone test answers it.
      const micQuestion = this.#micQuestion;
      if (questions[currentQuestion(next, questions)]?.id !== micQuestion) return this.#go(next);
      void this.#micAnswer().then((mic) =>
        mic ? this.#go({ ...next, [micQuestion]: mic }, { fromMic: true }) : this.#go(next),
      );
    } else if (target.hasAttribute('data-finish')) {
      this.#go(finishWithNotSure(answers, questions));
    } else if (target.hasAttribute('data-restart')) {
      event.preventDefault();
      this.#go({});
    } else if (target.hasAttribute('data-back')) {
      const previous = answersBefore(answers, questions, (at === -1 ? questions.length : at) - 1);
      const state: unknown = history.state;
      const cameFrom =
        typeof state === 'object' && state !== null && 'diagnoseFrom' in state
          ? state.diagnoseFrom
          : undefined;
      if (cameFrom === answersToQuery(previous, questions)) history.back();
      else this.#go(previous);
    }
  };

  /** Counts screens shown, so that a plan arriving after the reader moved on is not shown. */
  #shown = 0;

  #show({ moveFocus }: { moveFocus: boolean }) {
    const shown = ++this.#shown;
    const answers = this.#answers();
    const at = currentQuestion(answers, this.#model.questions);
    const screen = at === -1 ? 'plan' : (this.#model.questions[at]?.id ?? 'plan');
    const state: unknown = history.state;
    const fromMic =
      screen !== this.#micQuestion && typeof state === 'object' && state !== null && 'fromMic' in state
        ? state.fromMic === true
        : false;
    this.#sayMicAnswer(
      this.querySelector('[data-from-mic]'),
      fromMic ? answers[this.#micQuestion] : undefined,
    );
    if (screen === this.#micQuestion) void this.#suggest();
    const reveal = () => {
      if (shown !== this.#shown) return;
      for (const section of this.querySelectorAll<HTMLElement>('[data-screen]')) {
        section.hidden = section.dataset['screen'] !== screen;
      }
      if (moveFocus) {
        this.querySelector(`[data-screen="${screen}"]`)?.scrollIntoView({ block: 'start' });
        this.querySelector<HTMLElement>(`[data-screen="${screen}"] h2`)?.focus({ preventScroll: true });
      }
    };
    if (at !== -1) return reveal();
    // The plan's code is fetched when a plan is first shown; the plan shows once it is filled in
    // (or, should the code fail to load, as the whole fix path its HTML holds).
    void (import(/* @vite-ignore */ plan) as Promise<typeof import('./plan-screen')>)
      .then(({ showPlan }) => {
        if (shown === this.#shown) showPlan(this, this.#model, answers, this.#rows);
      })
      .catch(() => undefined)
      .then(reveal);
  }
}

customElements.define('guide-diagnose', GuideDiagnose);
