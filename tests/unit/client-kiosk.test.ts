import { describe, expect, it } from 'vitest';
import { announcesAt, browseKey, countdownSentence, dueAt, nextWake, secondsLeft, slideIndex, type ClockState } from '../../src/client/kioskClock.ts';

// The kiosk's timing (src/client/kioskClock.ts, driven by src/client/kiosk.ts): one timer wakes
// for the next slide, the idle deadline or the next second of the countdown. Times in ms.
const idle: ClockState = { warningEndsAt: 0, idleArmed: true, lastActivity: 1_000, idleMs: 90_000, looping: false, slideEndsAt: 0 };

describe('when the kiosk’s one timer wakes', () => {
  it('at the idle deadline, counted from the last activity', () => {
    expect(nextWake(idle, 5_000)).toBe(91_000);
    expect(nextWake({ ...idle, lastActivity: 40_000 }, 45_000)).toBe(130_000);
  });

  it('at the slide’s end when it comes first, and never while nothing is armed', () => {
    expect(nextWake({ ...idle, idleArmed: false, looping: true, slideEndsAt: 9_000 }, 5_000)).toBe(9_000);
    expect(nextWake({ ...idle, looping: true, slideEndsAt: 200_000 }, 5_000)).toBe(91_000);
    expect(nextWake({ ...idle, idleArmed: false }, 5_000)).toBe(Infinity);
  });

  it('every whole second of the countdown while the warning is open', () => {
    const warning = { ...idle, warningEndsAt: 120_000 };
    expect(nextWake(warning, 100_000)).toBe(101_000);
    expect(nextWake(warning, 100_400)).toBe(101_000);
  });
});

describe('what is due when it wakes', () => {
  it('the warning once the visitor has been idle long enough (a timer 1 ms early still counts)', () => {
    expect(dueAt(idle, 90_999)).toEqual({ reset: false, warn: true, nextSlide: false });
    expect(dueAt(idle, 60_000).warn).toBe(false);
  });

  it('the reset when the countdown ends, and the next slide only while the loop plays', () => {
    expect(dueAt({ ...idle, warningEndsAt: 120_000 }, 119_999)).toEqual({ reset: true, warn: false, nextSlide: false });
    expect(dueAt({ ...idle, warningEndsAt: 120_000 }, 110_000).reset).toBe(false);
    expect(dueAt({ ...idle, idleArmed: false, looping: true, slideEndsAt: 9_000 }, 9_000).nextSlide).toBe(true);
    expect(dueAt({ ...idle, idleArmed: false, looping: false, slideEndsAt: 9_000 }, 9_000).nextSlide).toBe(false);
  });
});

describe('the countdown dialog', () => {
  it('shows whole seconds rounded up, never below zero', () => {
    expect(secondsLeft(120_000, 100_001)).toBe(20);
    expect(secondsLeft(120_000, 119_000)).toBe(1);
    expect(secondsLeft(120_000, 125_000)).toBe(0);
  });

  it('repeats the sentence aloud at 10 and 5 seconds only, never on opening', () => {
    expect([20, 11, 10, 9, 5, 1].filter((s) => announcesAt(s, false))).toEqual([10, 5]);
    expect(announcesAt(10, true)).toBe(false);
  });

  it('says one second in the singular and fills in the others', () => {
    expect(countdownSentence(1, 'dans 1 seconde', 'dans {n} secondes')).toBe('dans 1 seconde');
    expect(countdownSentence(18, 'dans 1 seconde', 'dans {n} secondes')).toBe('dans 18 secondes');
  });
});

describe('the slides and the browse panels', () => {
  it('wraps the slides around, backwards too, and stays at 0 on an empty loop', () => {
    expect([3, 4, -1].map((n) => slideIndex(n, 4))).toEqual([3, 0, 3]);
    expect(slideIndex(5, 0)).toBe(0);
  });

  it('opens a list the page has, and falls back on its choices for one gone since', () => {
    const lists = ['pays/IE', 'filiere/bac-pro-cgea'];
    expect(browseKey('pays/IE', lists)).toBe('pays/IE');
    expect(browseKey('tous', lists)).toBe('tous');
    expect(browseKey('pays/FI', lists)).toBe('pays');
    expect(browseKey('filiere/cap-agricole', lists)).toBe('filiere');
  });
});
