// What a build produced: bytes of a folder, and the weight of one story page with what it loads.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Total bytes and number of files under `dir`. */
export function folderSize(dir) {
  let bytes = 0;
  let files = 0;
  if (!existsSync(dir)) return { bytes, files };
  const stack = [dir];
  while (stack.length) {
    const current = stack.pop();
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) stack.push(full);
      else if (entry.isFile()) {
        bytes += statSync(full).size;
        files++;
      }
    }
  }
  return { bytes, files };
}

/** HTML pages of a built site (outside _astro/ and pagefind/). */
export function countPages(dir) {
  let pages = 0;
  const stack = [dir];
  while (stack.length) {
    const current = stack.pop();
    if (!existsSync(current)) continue;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (entry.name !== '_astro' && entry.name !== 'pagefind') stack.push(path.join(current, entry.name));
      } else if (entry.name.endsWith('.html')) pages++;
    }
  }
  return pages;
}

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;

/**
 * Bytes of one page: its HTML, the stylesheets it links (plus the <style> blocks inside the HTML),
 * and the scripts it loads (src, module preloads, plus inline scripts); raw and gzipped. Images
 * and fonts are not counted.
 */
export function pageWeight(siteDir, pagePath) {
  const htmlFile = path.join(siteDir, pagePath, 'index.html');
  const html = readFileSync(htmlFile);
  const text = html.toString('utf8');
  const local = (url) => (url.startsWith('/') && !url.startsWith('//') ? path.join(siteDir, decodeURI(url.split(/[?#]/)[0])) : null);
  const linked = (re) => [...new Set([...text.matchAll(re)].map((m) => m[1]))].map(local).filter((file) => file && existsSync(file));
  const cssFiles = linked(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g).concat(linked(/<link[^>]+href="([^"]+\.css)"[^>]*rel="stylesheet"/g));
  const jsFiles = linked(/<script[^>]+src="([^"]+)"/g).concat(linked(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+)"/g));
  const inlineCss = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const inlineJs = [...text.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  const sum = (files, inline) => {
    const buffers = [...new Set(files)].map((file) => readFileSync(file));
    if (inline) buffers.push(Buffer.from(inline));
    return { raw: buffers.reduce((n, b) => n + b.length, 0), gzip: buffers.reduce((n, b) => n + gz(b), 0), files: new Set(files).size };
  };
  return {
    page: pagePath,
    html: { raw: html.length, gzip: gz(html) },
    css: sum(cssFiles, inlineCss),
    js: sum(jsFiles, inlineJs),
  };
}

/**
 * The heaviest HTML page of the story lists (the list, its pages and every filter page, in both
 * languages), and how many there are: the "no list page over 150 kB" target of issue 15.
 */
export function listWeights(siteDir) {
  const pages = [];
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'index.html') pages.push(full);
    }
  };
  const lists = ['temoignages', 'en/stories'].map((dir) => path.join(siteDir, dir));
  for (const list of lists) {
    if (existsSync(path.join(list, 'index.html'))) pages.push(path.join(list, 'index.html'));
    for (const entry of existsSync(list) ? readdirSync(list, { withFileTypes: true }) : []) {
      // Story pages are folders holding an index.html directly; filter and page folders hold folders.
      if (entry.isDirectory() && !existsSync(path.join(list, entry.name, 'index.html'))) walk(path.join(list, entry.name));
      else if (entry.isDirectory() && entry.name === 'page') walk(path.join(list, entry.name));
    }
  }
  const sized = [...new Set(pages)].map((file) => ({ page: path.relative(siteDir, path.dirname(file)), raw: statSync(file).size }));
  sized.sort((a, b) => b.raw - a.raw);
  const heaviest = sized[0];
  return { count: sized.length, heaviest: heaviest ? { ...heaviest, gzip: gz(readFileSync(path.join(siteDir, heaviest.page, 'index.html'))) } : undefined };
}

export const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
export const MB = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const GB = (bytes) => `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
