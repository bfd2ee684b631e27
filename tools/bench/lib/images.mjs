// Synthetic photos for the benchmark: a few SVG scenes rendered once by sharp, then one distinct
// 2400×1600 JPEG per use (hue, brightness, a moving sun and film grain vary with a seed), so that
// no two files are alike and the image pipeline does the work real photos would give it.
import sharp from 'sharp';
import { rng } from './random.mjs';

export const PHOTO_WIDTH = 2400;
export const PHOTO_HEIGHT = 1600;
const W = PHOTO_WIDTH;
const H = PHOTO_HEIGHT;

const hills = (y, amp, color, phase) => {
  let d = `M0,${H} L0,${y}`;
  for (let x = 0; x <= W; x += 80) d += ` L${x},${Math.round(y + Math.sin(x / 310 + phase) * amp + Math.sin(x / 97 + phase * 2) * amp * 0.25)}`;
  return `<path d="${d} L${W},${H} Z" fill="${color}"/>`;
};
const gradient = (id, top, bottom) =>
  `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient>`;
const rows = (y0, count, color, spacing = 26) =>
  Array.from({ length: count }, (_, i) => `<path d="M0,${y0 + i * spacing} Q${W / 2},${y0 + i * spacing - 40} ${W},${y0 + i * spacing + 10}" stroke="${color}" stroke-width="9" fill="none" opacity="0.55"/>`).join('');
const trees = (r, n, y, color) =>
  Array.from({ length: n }, () => {
    const x = Math.round(r() * W);
    const s = 0.6 + r() * 0.8;
    return `<g transform="translate(${x},${y}) scale(${s.toFixed(2)})"><rect x="-12" y="-40" width="24" height="120" fill="#5b3a29"/><circle cx="0" cy="-90" r="90" fill="${color}"/><circle cx="-50" cy="-50" r="60" fill="${color}"/><circle cx="55" cy="-55" r="65" fill="${color}"/></g>`;
  }).join('');
const cows = (r, n, y) =>
  Array.from({ length: n }, () => {
    const x = Math.round(r() * (W - 300) + 150);
    return `<g transform="translate(${x},${y + Math.round(r() * 200)})"><ellipse cx="0" cy="0" rx="120" ry="60" fill="#f4f1ea"/><ellipse cx="-30" cy="-10" rx="40" ry="28" fill="#222"/><ellipse cx="50" cy="15" rx="30" ry="22" fill="#222"/><rect x="-90" y="40" width="18" height="70" fill="#ddd"/><rect x="70" y="40" width="18" height="70" fill="#ddd"/><ellipse cx="130" cy="-30" rx="40" ry="30" fill="#f4f1ea"/></g>`;
  }).join('');
const house = (x, y, wall, roof) =>
  `<g transform="translate(${x},${y})"><rect x="0" y="0" width="420" height="260" fill="${wall}"/><path d="M-30,0 L210,-170 L450,0 Z" fill="${roof}"/><rect x="60" y="80" width="80" height="90" fill="#3d5a80"/><rect x="280" y="80" width="80" height="90" fill="#3d5a80"/><rect x="180" y="120" width="70" height="140" fill="#6b4226"/></g>`;
const street = (r) =>
  Array.from({ length: 9 }, (_, i) => {
    const h = 500 + Math.round(r() * 500);
    const colors = ['#e9c46a', '#f4a261', '#e76f51', '#d8e2dc', '#a8dadc', '#ffcdb2'];
    const c = colors[Math.floor(r() * colors.length)];
    const windows = Array.from({ length: 8 }, (_, k) => `<rect x="${30 + (k % 2) * 120}" y="${80 + Math.floor(k / 2) * 110}" width="70" height="80" fill="#2b2d42" opacity="0.8"/>`).join('');
    return `<g transform="translate(${i * 270},${H - 300 - h})"><rect width="260" height="${h}" fill="${c}"/>${windows}</g>`;
  }).join('');

/** Five scenes a mobility story might show: pasture, vineyard, greenhouse, town, lake. */
function sceneSvg(kind, seed) {
  const r = rng(seed);
  const defs = gradient('sky', '#7fb3e6', '#e8f1fb') + gradient('ground', '#7cb518', '#386641') + gradient('water', '#4a90c2', '#1d3557');
  let body = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  switch (kind) {
    case 'pasture':
      body += hills(700, 60, '#9bb5a0', 1) + hills(900, 40, 'url(#ground)', 2) + house(1500, 760, '#f8f9fa', '#495057') + trees(r, 6, 920, '#2d6a4f') + cows(r, 5, 1150);
      break;
    case 'vineyard':
      body += hills(650, 80, '#c9ada7', 3) + hills(820, 30, '#a3b18a', 4) + rows(900, 26, '#588157') + house(300, 640, '#f1e3d3', '#bc6c25');
      break;
    case 'greenhouse':
      body += hills(900, 20, 'url(#ground)', 5) +
        Array.from({ length: 4 }, (_, i) => `<g transform="translate(${120 + i * 580},760)"><path d="M0,400 L0,120 Q250,-80 500,120 L500,400 Z" fill="#e0fbfc" opacity="0.85" stroke="#98c1d9" stroke-width="8"/>${rows(200, 7, '#52b788', 28)}</g>`).join('');
      break;
    case 'town':
      body += street(r) + `<rect y="${H - 300}" width="${W}" height="300" fill="#6c757d"/><rect y="${H - 170}" width="${W}" height="14" fill="#f8f9fa" opacity="0.7"/>` + trees(r, 3, H - 260, '#40916c');
      break;
    default:
      body += hills(760, 90, '#5e6472', 6) + `<rect y="900" width="${W}" height="${H - 900}" fill="url(#water)"/>` + hills(1300, 50, '#606c38', 7) + trees(r, 5, 1330, '#283618') +
        `<path d="M900,1100 L1300,1100 L1250,1160 L950,1160 Z" fill="#8d5524"/>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><defs>${defs}</defs>${body}</svg>`;
}

export const SCENES = ['pasture', 'vineyard', 'greenhouse', 'town', 'lake'];

/**
 * Each scene rendered once, kept as raw RGB pixels at `width` (2400 by default; the heap check's
 * small-photo variant uses 600), with its height in the 3:2 ratio.
 */
export async function renderScenes(width = W) {
  const height = Math.round((width * H) / W);
  const scenes = { width, height, data: new Map() };
  for (const [index, kind] of SCENES.entries()) {
    const data = await sharp(Buffer.from(sceneSvg(kind, index + 1))).removeAlpha().resize(width, height).raw().toBuffer();
    scenes.data.set(kind, data);
  }
  return scenes;
}

const MARGIN_RATIO = 15; // grain is 1/15 larger than a photo: each photo takes its own window of it

/**
 * Film grain, made once per run: random values at quarter resolution scaled up (texture rather
 * than static, so that a photo compresses like one, ~0.7 MB at 2400×1600 and quality 82), a
 * little larger than a photo so that each photo takes its own window of it. One channel, centred
 * on 0.
 */
export async function renderGrain(scenes) {
  const margin = Math.round(scenes.width / MARGIN_RATIO / 4) * 4;
  const width = scenes.width + margin;
  const height = Math.round((scenes.height + margin) / 4) * 4;
  const noise = Buffer.alloc((width / 4) * (height / 4));
  const r = rng(20261128);
  for (let i = 0; i < noise.length; i++) noise[i] = Math.floor(r() * 256);
  const data = await sharp(noise, { raw: { width: width / 4, height: height / 4, channels: 1 } }).resize(width, height, { kernel: 'cubic' }).raw().toBuffer();
  const grain = new Int8Array(data.length);
  for (let i = 0; i < data.length; i++) grain[i] = Math.round((data[i] - 128) * 0.35);
  return { width, margin, data: grain };
}

/**
 * One distinct photo: a scene with its colours shifted by the seed (a gain per channel) and its
 * own window of grain, encoded as JPEG by sharp. The pixel loop is plain JS (~50 ms at full
 * size): the colour operations of libvips cost ten times more on these cores.
 */
export async function photo(scenes, grain, kind, seed) {
  const { width: w, height: h } = scenes;
  const r = rng(seed * 7919 + 17);
  const scene = scenes.data.get(kind);
  const bright = 0.88 + r() * 0.24;
  const gains = [bright * (0.85 + r() * 0.3), bright * (0.85 + r() * 0.3), bright * (0.85 + r() * 0.3)];
  const ox = Math.floor(r() * grain.margin);
  const oy = Math.floor(r() * grain.margin);
  const out = Buffer.allocUnsafe(w * h * 3);
  for (let y = 0; y < h; y++) {
    const row = y * w * 3;
    const grow = (y + oy) * grain.width + ox;
    for (let x = 0; x < w; x++) {
      const g = grain.data[grow + x];
      const i = row + x * 3;
      out[i] = Math.max(0, Math.min(255, scene[i] * gains[0] + g));
      out[i + 1] = Math.max(0, Math.min(255, scene[i + 1] * gains[1] + g));
      out[i + 2] = Math.max(0, Math.min(255, scene[i + 2] * gains[2] + g));
    }
  }
  return sharp(out, { raw: { width: w, height: h, channels: 3 } }).jpeg({ quality: 82 }).toBuffer();
}
