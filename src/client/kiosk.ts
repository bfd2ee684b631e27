// The open-day kiosk, on /kiosque/ (attract loop + browse view) and /kiosque/<id>/ (one story).
// Built to run all day: every listener is added once, with one AbortController; one timeout at a
// time drives the slides, the idle warning and its countdown; no node is ever created or removed,
// the script only toggles classes and attributes on what the page already holds. The timing and
// the choices are pure functions in kioskClock.ts (tested); this file holds the DOM and the clock.
import { announcesAt, browseKey, countdownSentence, dueAt, nextWake, secondsLeft, slideIndex } from './kioskClock.ts';

const body = document.body;
const onStory = body.dataset.kiosk === 'story';
const idleMs = Number(body.dataset.idle) * 1000;
const warningMs = Number(body.dataset.warning) * 1000;
const home = body.dataset.home ?? '/kiosque/';
/** Where the visitor was in the browse view, so "back" from a story returns there (cleared at reset). */
const TRAIL = 'kiosque.parcours';
const BROWSE = '#parcourir/';
const BROWSING = /^#parcourir\/?/;

const controller = new AbortController();
const on = <K extends keyof DocumentEventMap>(target: EventTarget, type: K | string, listener: (event: DocumentEventMap[K]) => void, options: AddEventListenerOptions = {}) =>
  target.addEventListener(type, listener as EventListener, { ...options, signal: controller.signal });
const all = <T extends HTMLElement>(root: ParentNode | null, selector: string): T[] => (root ? [...root.querySelectorAll<T>(selector)] : []);
const now = () => performance.now();
const storage = (action: (s: Storage) => void) => {
  try {
    action(sessionStorage);
  } catch {
    // Storage disabled: "back" then returns to the country list, which is fine.
  }
};

const dialog = document.getElementById('kiosk-idle') as HTMLDialogElement;
const countText = dialog.querySelector('[data-kiosk-count]')!.firstChild as Text;
const sentence = dialog.querySelector<HTMLElement>('[data-kiosk-text]')!;
const sentenceText = sentence.firstChild as Text;
const announceText = dialog.querySelector('[data-kiosk-announce]')!.firstChild as Text;
/** The dialog's sentence with the seconds the ring shows: "… dans 18 secondes", "… dans 1 seconde". */
const sentenceFor = (seconds: number) => countdownSentence(seconds, sentence.dataset.one!, sentence.dataset.many!);

const loop = document.getElementById('kiosk-loop');
const slidesBox = loop?.querySelector<HTMLElement>('[data-kiosk-slides]');
const slides = all<HTMLElement>(loop, '.slide');
const segments = all<HTMLElement>(loop, '[data-kiosk-progress] > span');
const browse = document.getElementById('kiosk-browse');
const browseTitle = document.getElementById('kiosk-browse-title');
const scroller = browse?.querySelector<HTMLElement>('[data-kiosk-scroll]');
const panels = all<HTMLElement>(browse, '[data-panel]');
const modes = all<HTMLButtonElement>(browse, '[data-mode]');
const titles = all<HTMLElement>(browse, '[data-title]');
const tiles = all<HTMLElement>(browse, '[data-keys]');
const tileKeys = tiles.map((tile) => (tile.dataset.keys ?? '').split(' '));

// Durations the CSS animations follow; set through the CSSOM (the CSP forbids style attributes).
dialog.style.setProperty('--warning', `${warningMs / 1000}s`);
segments.forEach((segment, i) => segment.style.setProperty('--seconds', `${slides[i]?.dataset.seconds ?? 0}s`));

let timer = 0;
let lastActivity = now();
let warningEndsAt = 0;
let shownCount = -1;
let index = 0;
let playing = true;
let browsing = false;
let slideEndsAt = 0;
let remaining = 0;

/** The idle countdown runs on a story, in the browse view, and on a paused loop (a paused kiosk still comes back). */
const idleArmed = () => onStory || browsing || !playing;
const looping = () => !!loop && !browsing && playing;
const clock = () => ({ warningEndsAt, idleArmed: idleArmed(), lastActivity, idleMs, looping: looping(), slideEndsAt });

/** The one timer: wakes at the nearest of the slide's end, the idle deadline and the next countdown second. */
function schedule(): void {
  clearTimeout(timer);
  const t = now();
  const next = nextWake(clock(), t);
  if (next < Infinity) timer = window.setTimeout(wake, Math.max(0, next - t));
}

function wake(): void {
  const t = now();
  const due = dueAt(clock(), t);
  if (due.reset) return reset();
  if (warningEndsAt) showCount(t);
  else if (due.warn) openWarning(t);
  if (due.nextSlide) show(index + 1, t);
  schedule();
}

function show(next: number, t: number): void {
  slides[index]?.classList.remove('is-current');
  index = slideIndex(next, slides.length);
  const slide = slides[index];
  if (!slide) return;
  slide.classList.add('is-current');
  segments.forEach((segment, i) => {
    segment.classList.toggle('is-done', i < index);
    segment.classList.toggle('is-current', i === index);
  });
  slideEndsAt = t + Number(slide.dataset.seconds) * 1000;
}

function setPlaying(value: boolean): void {
  const t = now();
  if (value) slideEndsAt = t + remaining;
  else remaining = Math.max(0, slideEndsAt - t);
  playing = value;
  body.classList.toggle('is-paused', !playing);
  // Announce slides only when the visitor has stopped the motion (WAI carousel pattern).
  slidesBox?.setAttribute('aria-live', playing ? 'off' : 'polite');
  lastActivity = t;
  schedule();
}

/** Shows a browse panel: "pays", "filiere", a list ("pays/IE", "filiere/bac-pro-cgea") or "tous". */
function choose(asked: string, remember = true): void {
  // A list that no longer exists (a story removed since) falls back to its choices.
  const key = browseKey(asked, titles.map((title) => title.dataset.title ?? ''));
  const list = key === 'tous' || key.includes('/');
  const mode = key.split('/')[0];
  modes.forEach((button) => button.setAttribute('aria-pressed', String(button.dataset.mode === mode)));
  panels.forEach((panel) => (panel.hidden = panel.dataset.panel !== (list ? 'liste' : mode)));
  if (list) {
    tiles.forEach((tile, i) => (tile.hidden = key !== 'tous' && !tileKeys[i]!.includes(key)));
    titles.forEach((title) => (title.hidden = title.dataset.title !== key));
  }
  if (scroller) scroller.scrollTop = 0;
  if (remember) {
    history.replaceState(null, '', BROWSE + key);
    storage((s) => s.setItem(TRAIL, BROWSE + key));
  }
}

function openBrowse(key: string): void {
  if (!loop || !browse) return;
  if (!browsing && playing) remaining = Math.max(0, slideEndsAt - now());
  browsing = true;
  body.classList.add('is-browsing');
  loop.hidden = true;
  browse.hidden = false;
  choose(key);
  browseTitle?.focus({ preventScroll: true });
  lastActivity = now();
  schedule();
}

function openWarning(t: number): void {
  warningEndsAt = t + warningMs;
  shownCount = -1;
  announceText.data = '\u200b';
  showCount(t);
  if (!dialog.open) dialog.showModal();
}

function showCount(t: number): void {
  const seconds = secondsLeft(warningEndsAt, t);
  if (seconds === shownCount) return;
  const first = shownCount === -1;
  countText.data = String((shownCount = seconds));
  sentenceText.data = sentenceFor(seconds);
  if (announcesAt(seconds, first)) announceText.data = sentenceText.data;
}

function keepReading(): void {
  warningEndsAt = 0;
  if (dialog.open) dialog.close();
  lastActivity = now();
  schedule();
}

/** Back to the attract loop, from the top, as a new visitor should find it. */
function reset(): void {
  warningEndsAt = 0;
  if (dialog.open) dialog.close();
  storage((s) => s.removeItem(TRAIL));
  if (onStory || !loop) {
    clearTimeout(timer);
    location.replace(home);
    return;
  }
  history.replaceState(null, '', location.pathname);
  browsing = false;
  body.classList.remove('is-browsing');
  if (browse) browse.hidden = true;
  loop.hidden = false;
  choose('pays', false);
  window.scrollTo(0, 0);
  (document.activeElement as HTMLElement | null)?.blur();
  playing = true;
  body.classList.remove('is-paused');
  slidesBox?.setAttribute('aria-live', 'off');
  show(0, now());
  lastActivity = now();
  schedule();
}

// Any touch, key, wheel or scroll is a visitor still there (the warning itself waits for an answer).
const activity = () => {
  if (!warningEndsAt) lastActivity = now();
};
for (const type of ['pointerdown', 'keydown', 'wheel', 'scroll']) on(document, type, activity, { capture: true, passive: true });

on(dialog, 'cancel', (event) => {
  event.preventDefault();
  keepReading();
});
on(dialog, 'click', (event) => ((event.target as Element).closest('[data-kiosk-reset]') ? reset() : keepReading()));

on(document, 'click', (event) => {
  const target = event.target as Element;
  const link = target.closest('a');
  // Nothing leaves the kiosk: a link outside /kiosque/ (in a story's text, say) does nothing.
  if (link && (link.origin !== location.origin || !link.pathname.startsWith(home) || link.target)) {
    event.preventDefault();
    return;
  }
  if (target.closest('[data-kiosk-pause]')) return setPlaying(!playing);
  if (target.closest('[data-kiosk-explore]')) return openBrowse('pays');
  if (!dialog.contains(target) && target.closest('[data-kiosk-reset]')) return reset();
  const filter = target.closest<HTMLElement>('[data-filter]')?.dataset.filter;
  if (filter) return choose(filter);
  const mode = target.closest<HTMLElement>('[data-mode]')?.dataset.mode;
  if (mode) choose(mode);
});

// A long press opens no menu; a pinch or a swipe does not zoom or go back (with Chromium's --kiosk flags).
on(document, 'contextmenu', (event) => event.preventDefault());
on(window, 'pageshow', () => {
  lastActivity = now();
  schedule();
});
on(window, 'pagehide', (event) => {
  if ((event as PageTransitionEvent).persisted) return;
  clearTimeout(timer);
  controller.abort();
});

if (onStory) {
  let trail: string | null = null;
  storage((s) => (trail = s.getItem(TRAIL)));
  const back = document.querySelector<HTMLAnchorElement>('[data-kiosk-back]');
  if (back && trail && (trail as string).startsWith(BROWSE)) back.href = home + trail;
} else if (BROWSING.test(location.hash)) {
  show(0, now());
  openBrowse(decodeURIComponent(location.hash.replace(BROWSING, '')) || 'pays');
} else {
  storage((s) => s.removeItem(TRAIL));
  show(0, now());
}
schedule();
