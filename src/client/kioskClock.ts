// The kiosk's timing and choices as pure functions (no DOM, no clock of their own): kiosk.ts reads
// performance.now() and hands the times in; tests/unit/client-kiosk.test.ts checks them.

/** The seconds left at which the live region repeats the idle sentence (read once on opening otherwise). */
export const ANNOUNCE_AT = [10, 5];

export interface ClockState {
  /** When the idle warning ends and the kiosk resets (0: no warning open). */
  warningEndsAt: number;
  /** The idle countdown runs (on a story, in the browse view, on a paused loop). */
  idleArmed: boolean;
  lastActivity: number;
  idleMs: number;
  /** The attract loop is playing (not paused, not browsing). */
  looping: boolean;
  slideEndsAt: number;
}

/**
 * When the one timer must wake, from `t`: the next countdown second while the warning is open,
 * else the idle deadline; the current slide's end if sooner. Infinity: nothing to wait for.
 */
export function nextWake(state: ClockState, t: number): number {
  let next = Infinity;
  if (state.warningEndsAt) next = t + ((state.warningEndsAt - t) % 1000 || 1000);
  else if (state.idleArmed) next = state.lastActivity + state.idleMs;
  if (state.looping) next = Math.min(next, state.slideEndsAt);
  return next;
}

/** What is due at `t` (1 ms early counts: a timer may fire a hair before its time). */
export function dueAt(state: ClockState, t: number): { reset: boolean; warn: boolean; nextSlide: boolean } {
  const reset = state.warningEndsAt > 0 && t >= state.warningEndsAt - 1;
  const warn = !state.warningEndsAt && state.idleArmed && t - state.lastActivity >= state.idleMs - 1;
  return { reset, warn, nextSlide: !reset && state.looping && t >= state.slideEndsAt - 1 };
}

/** The whole seconds the countdown ring shows at `t` (never below 0). */
export const secondsLeft = (warningEndsAt: number, t: number): number => Math.max(0, Math.ceil((warningEndsAt - t) / 1000));

/** Whether the live region says the sentence again at this second (never on the first one, said on opening). */
export const announcesAt = (seconds: number, first: boolean): boolean => !first && ANNOUNCE_AT.includes(seconds);

/** The dialog's sentence: `one` for 1 second, else `many` with {n} replaced. */
export const countdownSentence = (seconds: number, one: string, many: string): string => (seconds === 1 ? one : many.replace('{n}', String(seconds)));

/** The slide after `next` wraps around the loop (-1 is the last one); 0 on an empty loop. */
export const slideIndex = (next: number, count: number): number => (count ? (next + count) % count : 0);

/**
 * The browse panel to show for a key asked for (from a tile, a button or the URL): "pays",
 * "filiere", "tous", or a list ("pays/IE") that the page still has; a list gone since (a story
 * removed) falls back to its choices.
 */
export function browseKey(asked: string, lists: string[]): string {
  if (['pays', 'filiere', 'tous'].includes(asked) || lists.includes(asked)) return asked;
  return asked.startsWith('filiere') ? 'filiere' : 'pays';
}
