// The benchmark's Markdown: one block per kind of run, written into BENCHMARKS.md between markers
// so that the notes around the blocks survive the next run.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { GB, kB, MB } from './sizes.mjs';

const s = (seconds) => (Number.isFinite(seconds) ? `${seconds.toFixed(1)} s` : '—');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : NaN);
const x = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '—');
const mem = (bytes) => (Number.isFinite(bytes) && bytes > 0 ? GB(bytes) : '—');
const weight = (w) => `${kB(w.raw)} / ${kB(w.gzip)}`;
/** "6.6 s (3 runs: 6.2–7.1 s)" for a median of several runs. */
const spread = (r) => (r?.runs?.length > 1 ? ` (${r.runs.length} runs: ${Math.min(...r.runs).toFixed(1)}–${Math.max(...r.runs).toFixed(1)} s)` : '');
const verdict = (ok) => (ok === undefined ? 'not measured' : ok ? '**met**' : '**missed**');

export const TARGETS = { cold: 1.25, warm: 1.3, rebuildSeconds: 15, addSeconds: 20, listPageKB: 150, storyPageGzipKB: 14, firstSearchKB: 150 };

/** The verdicts of a standard run. */
export function targets(result) {
  const { escales, baseline, stories } = result;
  const coldRatio = ratio(escales.cold?.seconds, baseline?.cold?.seconds);
  const warmRatio = ratio(escales.warm?.seconds, baseline?.warm?.seconds);
  return {
    coldRatio,
    warmRatio,
    cold: Number.isFinite(coldRatio) ? coldRatio <= TARGETS.cold : undefined,
    warm: Number.isFinite(warmRatio) ? warmRatio <= TARGETS.warm : undefined,
    rebuild: escales.edit?.ok ? escales.edit.seconds < TARGETS.rebuildSeconds : escales.edit ? false : undefined,
    add: escales.add?.ok ? escales.add.seconds < TARGETS.addSeconds : escales.add ? false : undefined,
    rebuildAt1000: stories === 1000,
    lists: result.lists?.heaviest ? result.lists.heaviest.raw <= TARGETS.listPageKB * 1024 : undefined,
    storyPage: result.page ? result.page.html.gzip + result.page.css.gzip <= TARGETS.storyPageGzipKB * 1024 : undefined,
    search: Number.isFinite(result.search?.bytes) ? result.search.bytes <= TARGETS.firstSearchKB * 1024 : undefined,
  };
}

function machineLine(m) {
  return `${m.cores} cores (${m.cpuModel}), ${(m.memory / 1024 ** 3).toFixed(1)} GB memory, Node ${m.node}, ${m.os}; load average (1 min) ${m.loadBefore.toFixed(2)} before the run, ${m.loadAfter.toFixed(2)} after; sharp ${m.sharp}, Astro ${m.astro}`;
}

function phaseTable(rows) {
  const keys = [
    ['validation', 'content validation (scripts/build.mjs)'],
    ['startup', 'Astro start-up and config'],
    ['contentSync', 'content sync (content layer)'],
    ['bundle', 'Vite bundling (MDX compilation: the baseline only)'],
    ['pages', 'page rendering'],
    ['images', 'image generation / cache copy'],
    ['pagefind', 'Pagefind indexing'],
  ];
  const present = rows.filter(([, r]) => r);
  if (!present.length) return [];
  const out = [`| Phase (seconds) | ${present.map(([label]) => label).join(' | ')} |`, `|---|${present.map(() => '---:').join('|')}|`];
  for (const [key, label] of keys) out.push(`| ${label} | ${present.map(([, r]) => (Number.isFinite(r.phases[key]) ? r.phases[key].toFixed(1) : '—')).join(' | ')} |`);
  out.push(`| pages rendered / reused | ${present.map(([, r]) => `${r.phases.renderedPages} / ${r.phases.cachedPages}`).join(' | ')} |`);
  out.push(`| images made / reused | ${present.map(([, r]) => `${r.phases.imagesMade} / ${r.phases.imagesReused}`).join(' | ')} |`);
  return out;
}

/** The Markdown block of a standard run (cold, warm, one-story edit, baseline). */
export function standardBlock(result) {
  const { escales, baseline, machine, stories, date, sizes, page, pages, notes } = result;
  const t = targets(result);
  const lines = [];
  lines.push(`### ${stories.toLocaleString('en')} stories${result.photoWidth && result.photoWidth !== 2400 ? ` (${result.photoWidth} px photos)` : ''} — ${date}`);
  lines.push('');
  lines.push(`Machine: ${machineLine(machine)}.`);
  lines.push('');
  lines.push('| Measure | Escales | Baseline | Ratio | Target | Result |');
  lines.push('|---|---:|---:|---:|---|---|');
  lines.push(`| (a) cold build, empty cache | ${s(escales.cold?.seconds)} | ${s(baseline?.cold?.seconds)} | ${x(t.coldRatio)} | ≤ ${TARGETS.cold}× baseline cold | ${verdict(t.cold)} |`);
  lines.push(`| (b) warm build, cache kept, median | ${s(escales.warm?.seconds)}${spread(escales.warm)} | ${s(baseline?.warm?.seconds)}${spread(baseline?.warm)} | ${x(t.warmRatio)} | ≤ ${TARGETS.warm}× baseline warm | ${verdict(t.warm)} |`);
  lines.push(`| (c) rebuild after editing one story's text | ${s(escales.edit?.seconds)} | — | — | < ${TARGETS.rebuildSeconds} s${t.rebuildAt1000 ? '' : ' (set for 1,000 stories)'} | ${verdict(t.rebuild)} |`);
  lines.push(`| (d) rebuild after adding one story (2 photos encoded) | ${s(escales.add?.seconds)} | — | — | < ${TARGETS.addSeconds} s${t.rebuildAt1000 ? '' : ' (set for 1,000 stories)'} | ${verdict(t.add)} |`);
  lines.push(`| CPU time (user + sys), cold / warm / edit | ${[escales.cold, escales.warm, escales.edit].map((r) => s(r?.cpuSeconds)).join(' / ')} | ${[baseline?.cold, baseline?.warm].map((r) => s(r?.cpuSeconds)).join(' / ')} | ${x(ratio(escales.cold?.cpuSeconds, baseline?.cold?.cpuSeconds))} cold, ${x(ratio(escales.warm?.cpuSeconds, baseline?.warm?.cpuSeconds))} warm | | |`);
  lines.push(`| peak RSS of the process tree, cold / warm / edit | ${[escales.cold, escales.warm, escales.edit].map((r) => mem(r?.peakRss)).join(' / ')} | ${[baseline?.cold, baseline?.warm].map((r) => mem(r?.peakRss)).join(' / ')} | | | |`);
  lines.push(`| \`dist/\` size (files) | ${MB(sizes.dist.bytes)} (${sizes.dist.files}) | ${baseline?.dist ? `${MB(baseline.dist.bytes)} (${baseline.dist.files})` : '—'} | | | |`);
  lines.push(`| pages in \`dist/\` | ${pages.escales} | ${pages.baseline ?? '—'} | | | |`);
  lines.push(`| Pagefind index size (files) | ${MB(sizes.pagefind.bytes)} (${sizes.pagefind.files}) | — | | | |`);
  lines.push(`| story page HTML, raw / gzip | ${weight(page.html)} | ${result.baselinePage ? weight(result.baselinePage.html) : '—'} | | | |`);
  lines.push(`| story page CSS (${page.css.files} file(s) + inline), raw / gzip | ${weight(page.css)} | ${result.baselinePage ? weight(result.baselinePage.css) : '—'} | | | |`);
  lines.push(`| story page JS (${page.js.files} file(s) + inline), raw / gzip | ${weight(page.js)} | ${result.baselinePage ? weight(result.baselinePage.js) : '—'} | | | |`);
  lines.push(`| story page HTML + CSS, gzip | ${kB(page.html.gzip + page.css.gzip)} | | | ≤ ${TARGETS.storyPageGzipKB} kB | ${verdict(t.storyPage)} |`);
  if (result.search) lines.push(`| first search (\`${result.search.word ?? '?'}\`): Pagefind files transferred | ${result.search.error ? result.search.error : `${kB(result.search.bytes)} in ${result.search.requests} requests`} | | | ≤ ${TARGETS.firstSearchKB} kB | ${verdict(t.search)} |`);
  if (result.lists?.heaviest) lines.push(`| heaviest of ${result.lists.count} story list pages (\`${result.lists.heaviest.page}\`), raw / gzip | ${weight(result.lists.heaviest)} | | | ≤ ${TARGETS.listPageKB} kB raw | ${verdict(t.lists)} |`);
  lines.push('');
  lines.push(...phaseTable([
    ['Escales cold', escales.cold],
    ['Escales warm', escales.warm],
    ['Escales edit', escales.edit],
    ['Escales add', escales.add],
    ['Baseline cold', baseline?.cold],
    ['Baseline warm', baseline?.warm],
  ]));
  lines.push('');
  lines.push(`Story page measured: \`${page.page}\`. Edited story: \`${result.editedStory}\`. ${notes.join(' ')}`);
  return lines.join('\n');
}

/** How each figure grows with the number of stories (one standard run per size). */
export function growthBlock(results) {
  const lines = [];
  const first = results[0];
  lines.push(`### How cost grows — ${first.date}`);
  lines.push('');
  lines.push(`Machine: ${machineLine(first.machine)}. Warm: median of ${first.warmRuns} run(s).`);
  lines.push('Wall time, with CPU time (user + sys of the whole process tree) in brackets: CPU time depends little on');
  lines.push('what else the machine runs, so it is the figure to read for growth when the load was not zero.');
  lines.push('');
  lines.push('| Stories | cold | warm | one-story edit | one story added | peak RSS cold | peak RSS warm | cold CPU per story | load before → after | baseline cold | baseline warm |');
  lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const withCpu = (step) => (step ? `${s(step.seconds)} (${s(step.cpuSeconds)})` : '—');
  for (const r of results) {
    const e = r.escales;
    const perStory = Number.isFinite(e.cold?.cpuSeconds) ? `${((e.cold.cpuSeconds / r.stories) * 1000).toFixed(0)} ms` : '—';
    const load = `${r.machine.loadBefore.toFixed(1)} → ${r.machine.loadAfter.toFixed(1)}`;
    lines.push(`| ${r.stories.toLocaleString('en')} | ${withCpu(e.cold)} | ${withCpu(e.warm)} | ${withCpu(e.edit)} | ${withCpu(e.add)} | ${mem(e.cold?.peakRss)} | ${mem(e.warm?.peakRss)} | ${perStory} | ${load} | ${r.baseline ? withCpu(r.baseline.cold) : '—'} | ${r.baseline ? withCpu(r.baseline.warm) : '—'} |`);
  }
  return lines.join('\n');
}

/** The Markdown block of a heap check (cold build only, with a heap limit). */
export function heapBlock(result) {
  const { escales, machine, stories, date, heap } = result;
  const cold = escales.cold;
  const lines = [];
  const photos = result.photoWidth === 2400 ? '2400×1600 photos' : `${result.photoWidth}×${Math.round((result.photoWidth * 2) / 3)} photos`;
  lines.push(`### ${stories.toLocaleString('en')} stories (${photos}) within a ${heap.toLocaleString('en')} MB heap — ${date}`);
  lines.push('');
  lines.push(`Machine: ${machineLine(machine)}.`);
  lines.push('');
  lines.push('| Measure | Value |');
  lines.push('|---|---:|');
  lines.push(`| cold build with \`NODE_OPTIONS=--max-old-space-size=${heap}\` | ${cold.ok ? '**succeeded**' : `**failed** (exit ${cold.code})`} |`);
  lines.push(`| wall time | ${s(cold.seconds)} |`);
  lines.push(`| CPU time (user + sys) | ${s(cold.cpuSeconds)} |`);
  lines.push(`| peak RSS of the process tree | ${mem(cold.peakRss)} |`);
  lines.push(`| largest single process (max RSS from /usr/bin/time) | ${mem(cold.maxSingleRss)} |`);
  if (result.sizes) lines.push(`| \`dist/\` size (files) | ${MB(result.sizes.dist.bytes)} (${result.sizes.dist.files}) |`);
  lines.push('');
  lines.push(...phaseTable([['Escales cold', cold]]));
  return lines.join('\n');
}

/** Replaces (or appends) the block `label` of BENCHMARKS.md. */
export function writeBlock(file, label, block) {
  const start = `<!-- bench:${label} -->`;
  const end = `<!-- /bench:${label} -->`;
  const content = `${start}\n${block}\n${end}`;
  let text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\nWritten by `npm run bench` (`tools/bench/run.mjs`; see docs/benchmark.md).\n';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from >= 0 && to > from) text = text.slice(0, from) + content + text.slice(to + end.length);
  else text = `${text.replace(/\n*$/, '\n\n')}${content}\n`;
  writeFileSync(file, text);
}
