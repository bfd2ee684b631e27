// Deterministic pseudo-random numbers (the benchmark's own): every run draws the same pictures.
import { rng } from '../bench/lib/random.mjs';

// Flat-design illustration primitives for the sample content of Escales.
// Every function returns an SVG fragment (a string). Coordinates are in a 1600×1000 canvas;
// objects are anchored at their base (x, y on the ground) and scaled by s.

export const W = 1600;
export const H = 1000;

let uid = 0;
export const nextId = (prefix) => `${prefix}${++uid}`;

const f = (n) => Math.round(n * 10) / 10;

/** Catmull-Rom spline through points, as cubic Béziers (a smooth open path, no M). */
function spline(points) {
  let d = '';
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[i - 1] ?? points[i];
    const p1 = points[i];
    const p2 = points[i + 1];
    const p3 = points[i + 2] ?? p2;
    const c1 = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2 = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += ` C${f(c1[0])},${f(c1[1])} ${f(c2[0])},${f(c2[1])} ${f(p2[0])},${f(p2[1])}`;
  }
  return d;
}

export function svgDoc(body, defs = '') {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><defs>${defs}</defs>${body}</svg>`;
}

// ---------------------------------------------------------------- sky, light, weather

export function sky(top, bottom, horizon = H) {
  const id = nextId('sky');
  return `<defs><linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs><rect width="${W}" height="${horizon}" fill="url(#${id})"/>`;
}

export function sun(x, y, r, color = '#fff3c4', halo = 0.25) {
  return `<circle cx="${x}" cy="${y}" r="${r * 2.2}" fill="${color}" opacity="${halo * 0.5}"/><circle cx="${x}" cy="${y}" r="${r * 1.5}" fill="${color}" opacity="${halo}"/><circle cx="${x}" cy="${y}" r="${r}" fill="${color}"/>`;
}

export function cloud(x, y, s = 1, color = '#ffffff', opacity = 0.9) {
  return `<g transform="translate(${x},${y}) scale(${s})" fill="${color}" opacity="${opacity}"><ellipse cx="0" cy="0" rx="90" ry="26"/><circle cx="-30" cy="-16" r="32"/><circle cx="18" cy="-26" r="40"/><circle cx="56" cy="-8" r="26"/></g>`;
}

export function snowflakes(seed, count = 120, color = '#ffffff') {
  const r = rng(seed);
  let out = `<g fill="${color}" opacity="0.85">`;
  for (let i = 0; i < count; i++) out += `<circle cx="${f(r() * W)}" cy="${f(r() * H * 0.9)}" r="${f(2 + r() * 4)}"/>`;
  return out + '</g>';
}

export function birds(x, y, n = 3, color = '#3b4a5a') {
  let out = `<g fill="none" stroke="${color}" stroke-width="3" stroke-linecap="round">`;
  for (let i = 0; i < n; i++) {
    const bx = x + i * 38;
    const by = y + (i % 2) * 18;
    out += `<path d="M${bx - 12},${by} q6,-8 12,0 q6,-8 12,0"/>`;
  }
  return out + '</g>';
}

// ---------------------------------------------------------------- land

/** A rolling hill line filled down to the bottom of the picture. */
export function hill(y, amp, color, seed = 1, n = 6, extra = '') {
  const r = rng(seed);
  const pts = [];
  for (let i = 0; i <= n; i++) pts.push([(-100 + (i * (W + 200)) / n), y + (r() - 0.5) * 2 * amp]);
  return `<path d="M${pts[0][0]},${H} L${f(pts[0][0])},${f(pts[0][1])}${spline(pts)} L${W + 100},${H} Z" fill="${color}" ${extra}/>`;
}

/** Hill line that also returns its shape, to place objects or to clip fields on it. */
export function hillShape(y, amp, seed = 1, n = 6) {
  const r = rng(seed);
  const pts = [];
  for (let i = 0; i <= n; i++) pts.push([(-100 + (i * (W + 200)) / n), y + (r() - 0.5) * 2 * amp]);
  return `M${pts[0][0]},${H} L${f(pts[0][0])},${f(pts[0][1])}${spline(pts)} L${W + 100},${H} Z`;
}

/** Patchwork fields clipped to a hill: slanted coloured strips. */
export function fields(shape, colors, seed = 3, tilt = 0.25, band = 140) {
  const id = nextId('fields');
  const r = rng(seed);
  let strips = '';
  let x = -400;
  while (x < W + 400) {
    const w = band * (0.6 + r());
    const c = colors[Math.floor(r() * colors.length)];
    strips += `<path d="M${f(x)},0 L${f(x + w)},0 L${f(x + w + H * tilt)},${H} L${f(x + H * tilt)},${H} Z" fill="${c}"/>`;
    x += w;
  }
  return `<defs><clipPath id="${id}"><path d="${shape}"/></clipPath></defs><g clip-path="url(#${id})">${strips}</g>`;
}

export function water(y, color, light = '#ffffff', seed = 5, h = H - y) {
  const r = rng(seed);
  let out = `<rect x="0" y="${y}" width="${W}" height="${h}" fill="${color}"/><g stroke="${light}" stroke-width="3" stroke-linecap="round" opacity="0.45">`;
  for (let i = 0; i < 26; i++) {
    const wx = r() * W;
    const wy = y + 12 + r() * (h - 20);
    const len = 30 + r() * 80;
    out += `<path d="M${f(wx)},${f(wy)} h${f(len)}"/>`;
  }
  return out + '</g>';
}

export function road(x1, y1, x2, color = '#cdbfa6', w1 = 6, w2 = 180) {
  return `<path d="M${x1 - w1 / 2},${y1} L${x1 + w1 / 2},${y1} L${x2 + w2 / 2},${H} L${x2 - w2 / 2},${H} Z" fill="${color}"/>`;
}

export function stoneWall(points, color = '#9aa0a0', dark = '#7b8282') {
  let d = `M${points.map((p) => p.join(',')).join(' L')}`;
  return `<path d="${d}" fill="none" stroke="${dark}" stroke-width="11" stroke-linecap="round" stroke-linejoin="round"/><path d="${d}" fill="none" stroke="${color}" stroke-width="7" stroke-dasharray="9 5" stroke-linecap="round"/>`;
}

export function fence(x1, y1, x2, y2, color = '#8a6a4a', posts = 10) {
  let out = `<g stroke="${color}" stroke-width="5" stroke-linecap="round"><path d="M${x1},${y1 - 30} L${x2},${y2 - 30}"/><path d="M${x1},${y1 - 15} L${x2},${y2 - 15}"/>`;
  for (let i = 0; i <= posts; i++) {
    const x = x1 + ((x2 - x1) * i) / posts;
    const y = y1 + ((y2 - y1) * i) / posts;
    out += `<path d="M${f(x)},${f(y)} v-40"/>`;
  }
  return out + '</g>';
}

/** Rows of vines on a slope, converging towards the top. */
export function vines(x, y, w, h, rows = 9, leaf = '#5d8f3a', post = '#7a5c3e', grapes = null, seed = 9) {
  const r = rng(seed);
  let out = '';
  for (let i = 0; i < rows; i++) {
    const t = i / (rows - 1);
    const ry = y + t * t * h;
    const thick = 8 + t * 22;
    const inset = (1 - t) * w * 0.12;
    out += `<path d="M${f(x + inset)},${f(ry)} L${f(x + w - inset)},${f(ry)}" stroke="${leaf}" stroke-width="${f(thick)}" stroke-linecap="round"/>`;
    if (t > 0.4) {
      for (let k = 0; k < 9; k++) {
        const px = x + inset + ((w - 2 * inset) * k) / 8;
        out += `<path d="M${f(px)},${f(ry - thick / 2)} v${f(thick * 0.9 + 10)}" stroke="${post}" stroke-width="${f(2 + t * 3)}"/>`;
        if (grapes && r() > 0.35) out += `<circle cx="${f(px + 18 * t)}" cy="${f(ry + thick * 0.35)}" r="${f(3 + t * 6)}" fill="${grapes}"/>`;
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- plants

export function tree(x, y, s = 1, type = 'round', c = {}) {
  const trunk = c.trunk ?? '#7a5a3c';
  const leaf = c.leaf ?? '#4f8a4b';
  const leaf2 = c.leaf2 ?? '#66a05c';
  const g = (inner) => `<g transform="translate(${x},${y}) scale(${s})">${inner}</g>`;
  switch (type) {
    case 'pine':
      return g(`<rect x="-7" y="-40" width="14" height="40" fill="${trunk}"/><path d="M0,-230 L55,-120 L30,-120 L70,-40 L-70,-40 L-30,-120 L-55,-120 Z" fill="${leaf}"/><path d="M0,-230 L55,-120 L30,-120 L70,-40 L0,-40 Z" fill="${leaf2}" opacity="0.5"/>`);
    case 'snowpine':
      return g(`<rect x="-7" y="-40" width="14" height="40" fill="${trunk}"/><path d="M0,-230 L55,-120 L30,-120 L70,-40 L-70,-40 L-30,-120 L-55,-120 Z" fill="${leaf}"/><path d="M0,-230 L24,-182 L-24,-182 Z M-40,-128 L40,-128 L28,-112 L-28,-112 Z M-62,-48 L62,-48 L52,-40 L-52,-40 Z" fill="#ffffff" opacity="0.9"/>`);
    case 'birch':
      return g(`<rect x="-6" y="-150" width="12" height="150" fill="#f2f0ea"/><g fill="#333">${[20, 50, 80, 115].map((v) => `<rect x="-6" y="-${v}" width="7" height="4"/>`).join('')}</g><ellipse cx="0" cy="-170" rx="50" ry="70" fill="${leaf}"/><ellipse cx="15" cy="-185" rx="30" ry="40" fill="${leaf2}" opacity="0.7"/>`);
    case 'poplar':
      return g(`<rect x="-5" y="-30" width="10" height="30" fill="${trunk}"/><ellipse cx="0" cy="-140" rx="28" ry="125" fill="${leaf}"/><ellipse cx="8" cy="-160" rx="14" ry="90" fill="${leaf2}" opacity="0.6"/>`);
    case 'olive':
      return g(`<path d="M-8,0 C-6,-30 -16,-50 -4,-70 L6,-70 C12,-50 4,-30 8,0 Z" fill="${trunk}"/><ellipse cx="-30" cy="-95" rx="55" ry="35" fill="${leaf}"/><ellipse cx="30" cy="-100" rx="50" ry="36" fill="${leaf2}"/><ellipse cx="0" cy="-125" rx="50" ry="32" fill="${leaf}"/>`);
    case 'orange':
      return g(`<rect x="-6" y="-60" width="12" height="60" fill="${trunk}"/><circle cx="0" cy="-110" r="62" fill="${leaf}"/><circle cx="18" cy="-125" r="40" fill="${leaf2}" opacity="0.7"/><g fill="#f29a2e">${[[-30, -120], [20, -90], [35, -140], [-10, -150], [-35, -85], [5, -115]].map(([a, b]) => `<circle cx="${a}" cy="${b}" r="8"/>`).join('')}</g>`);
    case 'maple':
      return g(`<rect x="-9" y="-70" width="18" height="70" fill="${trunk}"/><circle cx="-40" cy="-120" r="55" fill="${leaf}"/><circle cx="40" cy="-125" r="55" fill="${leaf}"/><circle cx="0" cy="-170" r="60" fill="${leaf2}"/><circle cx="0" cy="-115" r="50" fill="${leaf2}" opacity="0.6"/>`);
    case 'bush':
      return g(`<ellipse cx="0" cy="-28" rx="52" ry="32" fill="${leaf}"/><ellipse cx="18" cy="-38" rx="30" ry="22" fill="${leaf2}"/>`);
    case 'cone':
      return g(`<rect x="-5" y="-14" width="10" height="14" fill="${trunk}"/><path d="M0,-140 C26,-100 34,-40 28,-14 L-28,-14 C-34,-40 -26,-100 0,-140 Z" fill="${leaf}"/><path d="M0,-140 C26,-100 34,-40 28,-14 L4,-14 Z" fill="${leaf2}" opacity="0.6"/>`);
    default:
      return g(`<rect x="-8" y="-80" width="16" height="80" fill="${trunk}"/><circle cx="0" cy="-130" r="70" fill="${leaf}"/><circle cx="22" cy="-148" r="44" fill="${leaf2}" opacity="0.8"/>`);
  }
}

export function flowers(x, y, w, colors, seed = 4, n = 30) {
  const r = rng(seed);
  let out = '';
  for (let i = 0; i < n; i++) out += `<circle cx="${f(x + r() * w)}" cy="${f(y + r() * 20)}" r="${f(4 + r() * 5)}" fill="${colors[Math.floor(r() * colors.length)]}"/>`;
  return out;
}

export function shadow(x, y, rx, ry = rx * 0.18, opacity = 0.18) {
  return `<ellipse cx="${x}" cy="${y}" rx="${rx}" ry="${ry}" fill="#1b2a1b" opacity="${opacity}"/>`;
}

// ---------------------------------------------------------------- animals

export function cow(x, y, s = 1, c = {}) {
  const body = c.body ?? '#ffffff';
  const spots = c.spots ?? '#2b2b2b';
  const head = c.head ?? spots;
  const flip = c.flip ? -1 : 1;
  const id = nextId('cow');
  const grazing = c.grazing ?? false;
  const hy = grazing ? -50 : -98;
  const spotShapes = c.plain
    ? ''
    : `<g clip-path="url(#${id})" fill="${spots}"><ellipse cx="-30" cy="-92" rx="26" ry="20"/><ellipse cx="28" cy="-60" rx="22" ry="16"/><ellipse cx="-58" cy="-62" rx="16" ry="20"/><ellipse cx="40" cy="-104" rx="14" ry="10"/></g>`;
  return `<g transform="translate(${x},${y}) scale(${s * flip},${s})">
${shadow(0, 0, 85, 12, 0.16)}
<defs><clipPath id="${id}"><ellipse cx="0" cy="-78" rx="72" ry="38"/></clipPath></defs>
<g fill="${c.legs ?? body}"><rect x="-56" y="-58" width="14" height="58" rx="5"/><rect x="-34" y="-58" width="14" height="56" rx="5"/><rect x="28" y="-58" width="14" height="58" rx="5"/><rect x="48" y="-58" width="14" height="56" rx="5"/></g>
<g fill="#3a3a3a"><rect x="-56" y="-8" width="14" height="8" rx="2"/><rect x="-34" y="-8" width="14" height="8" rx="2"/><rect x="28" y="-8" width="14" height="8" rx="2"/><rect x="48" y="-8" width="14" height="8" rx="2"/></g>
<path d="M-70,-90 C-88,-80 -86,-55 -80,-40" stroke="${spots}" stroke-width="5" fill="none" stroke-linecap="round"/><ellipse cx="-80" cy="-38" rx="6" ry="9" fill="${spots}"/>
<ellipse cx="0" cy="-78" rx="72" ry="38" fill="${body}"/>${spotShapes}
${c.udder === false ? '' : `<ellipse cx="-8" cy="-42" rx="18" ry="11" fill="#f0a8a8"/>`}
<g transform="translate(74,${hy})"><path d="M-24,${grazing ? -28 : 8} L-6,-6 L10,10 Z" fill="${body}"/><ellipse cx="-14" cy="-16" rx="10" ry="6" fill="${head}" transform="rotate(-25 -14 -16)"/><ellipse cx="26" cy="-16" rx="10" ry="6" fill="${head}" transform="rotate(25 26 -16)"/><path d="M-10,-18 q-6,-14 2,-16 M22,-18 q6,-14 -2,-16" stroke="#e8dcc0" stroke-width="4" fill="none" stroke-linecap="round" opacity="${c.horns ? 1 : 0}"/><rect x="-8" y="-22" width="28" height="38" rx="13" fill="${head}"/><path d="M-2,-20 L14,-20 L8,2 Z" fill="${c.blaze ?? body}" opacity="${c.blaze === null ? 0 : 1}"/><ellipse cx="6" cy="14" rx="16" ry="11" fill="#e9b9a8"/><circle cx="0" cy="14" r="2.4" fill="#6b4b44"/><circle cx="12" cy="14" r="2.4" fill="#6b4b44"/></g>
</g>`;
}

export function calf(x, y, s = 1, c = {}) {
  return cow(x, y, s * 0.62, { ...c, udder: false });
}

export function sheep(x, y, s = 1, c = {}) {
  const wool = c.wool ?? '#f3efe6';
  const face = c.face ?? '#3b3633';
  const flip = c.flip ? -1 : 1;
  return `<g transform="translate(${x},${y}) scale(${s * flip},${s})">${shadow(0, 0, 50, 8, 0.15)}<g fill="${face}"><rect x="-30" y="-34" width="8" height="34"/><rect x="-14" y="-34" width="8" height="32"/><rect x="14" y="-34" width="8" height="34"/><rect x="28" y="-34" width="8" height="32"/></g><g fill="${wool}"><circle cx="-28" cy="-52" r="22"/><circle cx="0" cy="-60" r="26"/><circle cx="26" cy="-52" r="22"/><ellipse cx="0" cy="-46" rx="44" ry="22"/></g><ellipse cx="50" cy="-58" rx="13" ry="17" fill="${face}"/><ellipse cx="40" cy="-66" rx="9" ry="5" fill="${face}" transform="rotate(-30 40 -66)"/></g>`;
}

// ---------------------------------------------------------------- people (faceless, flat)

export function person(x, y, s = 1, c = {}) {
  const skin = c.skin ?? '#e8b894';
  const shirt = c.shirt ?? '#3f7cac';
  const pants = c.pants ?? '#2f3e4e';
  const hair = c.hair ?? '#3b2a20';
  const flip = c.flip ? -1 : 1;
  const hairShape = {
    short: `<path d="M-20,-152 C-20,-178 20,-178 20,-152 C14,-164 -14,-164 -20,-152 Z" fill="${hair}"/><path d="M-21,-150 C-22,-172 22,-176 21,-152 L18,-160 C10,-168 -12,-168 -18,-156 Z" fill="${hair}"/>`,
    long: `<path d="M-24,-118 C-28,-150 -22,-178 0,-178 C22,-178 28,-150 24,-118 L16,-118 L16,-150 L-16,-150 L-16,-118 Z" fill="${hair}"/>`,
    bun: `<circle cx="0" cy="-182" r="11" fill="${hair}"/><path d="M-21,-150 C-22,-174 22,-174 21,-150 C14,-164 -14,-164 -21,-150 Z" fill="${hair}"/>`,
    cap: `<path d="M-21,-154 C-21,-178 21,-178 21,-154 Z" fill="${c.cap ?? '#c0392b'}"/><rect x="8" y="-158" width="26" height="6" rx="3" fill="${c.cap ?? '#c0392b'}"/>`,
    hood: `<path d="M-26,-140 C-30,-182 30,-182 26,-140 L20,-140 C20,-166 -20,-166 -20,-140 Z" fill="${shirt}"/>`,
    grey: `<path d="M-21,-148 C-22,-174 22,-174 21,-148 C14,-162 -14,-162 -21,-148 Z" fill="#d9d6d0"/>`,
    bald: '',
    curly: `<g fill="${hair}"><circle cx="-14" cy="-166" r="11"/><circle cx="2" cy="-172" r="12"/><circle cx="16" cy="-164" r="11"/><circle cx="-20" cy="-150" r="8"/><circle cx="20" cy="-150" r="8"/></g>`,
  }[c.hairStyle ?? 'short'];
  const armL = c.armUp ? `<path d="M-22,-112 L-44,-160" stroke="${shirt}" stroke-width="14" stroke-linecap="round"/><circle cx="-46" cy="-164" r="7" fill="${skin}"/>` : `<path d="M-22,-112 L-30,-62" stroke="${shirt}" stroke-width="14" stroke-linecap="round"/><circle cx="-31" cy="-56" r="7" fill="${skin}"/>`;
  const armR = c.hold
    ? `<path d="M22,-112 L40,-80 L58,-88" stroke="${shirt}" stroke-width="14" stroke-linecap="round" stroke-linejoin="round" fill="none"/><circle cx="62" cy="-90" r="7" fill="${skin}"/>${c.hold}`
    : `<path d="M22,-112 L30,-62" stroke="${shirt}" stroke-width="14" stroke-linecap="round"/><circle cx="31" cy="-56" r="7" fill="${skin}"/>`;
  const lower = c.skirt
    ? `<path d="M-20,-70 L20,-70 L26,-36 L-26,-36 Z" fill="${pants}"/><rect x="-14" y="-38" width="10" height="38" fill="${skin}"/><rect x="4" y="-38" width="10" height="38" fill="${skin}"/>`
    : `<rect x="-19" y="-74" width="17" height="74" rx="6" fill="${pants}"/><rect x="2" y="-74" width="17" height="74" rx="6" fill="${pants}"/>`;
  return `<g transform="translate(${x},${y}) scale(${s * flip},${s})">${shadow(0, 0, 34, 7, 0.18)}${lower}<g fill="#3a2f2a"><rect x="-21" y="-6" width="20" height="8" rx="3"/><rect x="1" y="-6" width="20" height="8" rx="3"/></g>${c.hairStyle === 'long' ? hairShape : ''}<rect x="-24" y="-126" width="48" height="62" rx="16" fill="${shirt}"/>${c.vest ? `<rect x="-24" y="-126" width="48" height="62" rx="16" fill="${c.vest}" opacity="0.9"/><rect x="-4" y="-126" width="8" height="62" fill="${shirt}"/>` : ''}${armL}${armR}<rect x="-6" y="-136" width="12" height="14" fill="${skin}"/><circle cx="0" cy="-152" r="20" fill="${skin}"/>${c.hairStyle === 'long' ? `<path d="M-20,-150 C-22,-174 22,-174 20,-150 C12,-166 -12,-166 -20,-150 Z" fill="${hair}"/>` : hairShape}${c.backpack ? `<rect x="-40" y="-122" width="22" height="46" rx="8" fill="${c.backpack}"/>` : ''}</g>`;
}

/** A person seen from behind, seated (classrooms, meetings): head and shoulders only. */
export function seatedBack(x, y, s = 1, c = {}) {
  const hair = c.hair ?? '#3b2a20';
  const shirt = c.shirt ?? '#4b7bb5';
  const long = c.hairStyle === 'long';
  return `<g transform="translate(${x},${y}) scale(${s})"><path d="M-48,0 C-48,-50 -30,-70 0,-70 C30,-70 48,-50 48,0 Z" fill="${shirt}"/><rect x="-9" y="-84" width="18" height="18" fill="${c.skin ?? '#d9a77f'}"/><circle cx="0" cy="-104" r="28" fill="${hair}"/>${long ? `<path d="M-28,-104 L-30,-52 L30,-52 L28,-104 Z" fill="${hair}"/>` : ''}</g>`;
}

/** A person seated at a table, seen from the side or the front, upper body only. */
export function seatedFront(x, y, s = 1, c = {}) {
  const skin = c.skin ?? '#e8b894';
  const shirt = c.shirt ?? '#3f7cac';
  const hair = c.hair ?? '#3b2a20';
  const hairShape = c.hairStyle === 'grey'
    ? `<path d="M-21,-98 C-22,-124 22,-124 21,-98 C14,-112 -14,-112 -21,-98 Z" fill="#dcd8d2"/><circle cx="0" cy="-122" r="10" fill="#dcd8d2"/>`
    : c.hairStyle === 'long'
      ? `<path d="M-24,-64 C-28,-96 -22,-126 0,-126 C22,-126 28,-96 24,-64 L16,-64 L16,-98 L-16,-98 L-16,-64 Z" fill="${hair}"/><path d="M-20,-98 C-22,-122 22,-122 20,-98 C12,-114 -12,-114 -20,-98 Z" fill="${hair}"/>`
      : `<path d="M-21,-100 C-22,-124 22,-124 21,-100 C14,-112 -14,-112 -21,-100 Z" fill="${hair}"/>`;
  return `<g transform="translate(${x},${y}) scale(${s})"><rect x="-26" y="-76" width="52" height="76" rx="18" fill="${shirt}"/><path d="M-22,-56 L-40,-8 L-10,-4" stroke="${shirt}" stroke-width="14" fill="none" stroke-linecap="round" stroke-linejoin="round"/><path d="M22,-56 L40,-8 L10,-4" stroke="${shirt}" stroke-width="14" fill="none" stroke-linecap="round" stroke-linejoin="round"/><rect x="-6" y="-86" width="12" height="12" fill="${skin}"/><circle cx="0" cy="-102" r="21" fill="${skin}"/>${hairShape}</g>`;
}

// ---------------------------------------------------------------- buildings

export function barn(x, y, s = 1, c = {}) {
  const wall = c.wall ?? '#b5473a';
  const roof = c.roof ?? '#5a4a48';
  const trim = c.trim ?? '#f4efe6';
  return `<g transform="translate(${x},${y}) scale(${s})">${shadow(0, 0, 190, 16)}<path d="M-170,0 V-150 L-130,-230 L0,-275 L130,-230 L170,-150 V0 Z" fill="${wall}"/><path d="M-182,-145 L-134,-238 L0,-288 L134,-238 L182,-145 L170,-145 L130,-228 L0,-274 L-130,-228 L-170,-145 Z" fill="${roof}"/><rect x="-55" y="-120" width="110" height="120" fill="${trim}"/><rect x="-47" y="-112" width="94" height="112" fill="${wall}"/><path d="M-47,-112 L47,0 M47,-112 L-47,0" stroke="${trim}" stroke-width="8"/><rect x="-25" y="-205" width="50" height="44" fill="${trim}"/><rect x="-19" y="-199" width="38" height="32" fill="#4b3b36"/></g>`;
}

export function shed(x, y, s = 1, c = {}) {
  const wall = c.wall ?? '#c9ced1';
  const roof = c.roof ?? '#6d7a80';
  return `<g transform="translate(${x},${y}) scale(${s})">${shadow(0, 0, 240, 16)}<path d="M-230,0 V-110 L0,-170 L230,-110 V0 Z" fill="${wall}"/><path d="M-242,-104 L0,-182 L242,-104 L242,-92 L0,-168 L-242,-92 Z" fill="${roof}"/><rect x="-200" y="-96" width="400" height="26" fill="#4a5359" opacity="0.55"/><g fill="#2f3539" opacity="0.8"><rect x="-150" y="-66" width="80" height="66"/><rect x="70" y="-66" width="80" height="66"/></g></g>`;
}

export function silo(x, y, s = 1, color = '#c9ced4', cap = '#8e979e') {
  return `<g transform="translate(${x},${y}) scale(${s})">${shadow(0, 0, 50, 8)}<rect x="-40" y="-260" width="80" height="260" fill="${color}"/><path d="M-40,-260 C-40,-310 40,-310 40,-260 Z" fill="${cap}"/><g stroke="${cap}" stroke-width="3" opacity="0.6">${[60, 110, 160, 210].map((v) => `<path d="M-40,-${v} H40"/>`).join('')}</g><rect x="-40" y="-260" width="18" height="260" fill="#ffffff" opacity="0.25"/></g>`;
}

export function house(x, y, s = 1, c = {}) {
  const wall = c.wall ?? '#f2ede3';
  const roof = c.roof ?? '#4d5561';
  const win = c.win ?? '#7fb0c9';
  const door = c.door ?? '#b8473a';
  const w = c.w ?? 260;
  const h = c.h ?? 130;
  const floors = c.floors ?? 1;
  let windows = '';
  const cols = Math.max(2, Math.round(w / 75));
  for (let fl = 0; fl < floors; fl++) {
    for (let i = 0; i < cols; i++) {
      const wx = -w / 2 + (w / cols) * (i + 0.5) - 16;
      const wy = -h + 24 + fl * (h / floors);
      if (fl === floors - 1 && i === Math.floor(cols / 2)) continue;
      windows += `<rect x="${f(wx)}" y="${f(wy)}" width="32" height="${f(Math.min(44, h / floors - 34))}" rx="3" fill="${win}"/>`;
      if (c.shutters) windows += `<rect x="${f(wx - 12)}" y="${f(wy)}" width="10" height="${f(Math.min(44, h / floors - 34))}" fill="${c.shutters}"/><rect x="${f(wx + 34)}" y="${f(wy)}" width="10" height="${f(Math.min(44, h / floors - 34))}" fill="${c.shutters}"/>`;
    }
  }
  const roofH = c.roofH ?? 80;
  const chimney = c.chimney === false ? '' : `<rect x="${f(w * 0.22)}" y="${f(-h - roofH * 0.9)}" width="24" height="${f(roofH * 0.6)}" fill="${c.chimneyColor ?? wall}"/>`;
  const roofPath = c.flat
    ? `<rect x="${-w / 2 - 8}" y="${-h - 14}" width="${w + 16}" height="14" fill="${roof}"/>`
    : `<path d="M${-w / 2 - 16},${-h + 4} L0,${-h - roofH} L${w / 2 + 16},${-h + 4} Z" fill="${roof}"/>`;
  return `<g transform="translate(${x},${y}) scale(${s})">${shadow(0, 0, w * 0.6, 12)}${chimney}<rect x="${-w / 2}" y="${-h}" width="${w}" height="${h}" fill="${wall}"/>${roofPath}${windows}<rect x="-18" y="-64" width="36" height="64" rx="4" fill="${door}"/>${c.balcony ? `<rect x="${-w / 2 + 10}" y="${f(-h / 2 - 10)}" width="${w - 20}" height="14" fill="${c.balcony}"/>${flowers(-w / 2 + 14, -h / 2 - 24, w - 28, ['#d9453b', '#f08aa3', '#e84a5f'], 7, 26)}` : ''}</g>`;
}

export function greenhouse(x, y, w = 420, h = 170, c = {}) {
  const glass = c.glass ?? '#dff1f0';
  const rib = c.rib ?? '#9fb8b6';
  let ribs = '';
  for (let i = 1; i < 8; i++) ribs += `<path d="M${f(-w / 2 + (w * i) / 8)},0 V${f(-h * (0.7 + 0.3 * Math.sin((Math.PI * i) / 8)))}" stroke="${rib}" stroke-width="4"/>`;
  return `<g transform="translate(${x},${y})">${shadow(0, 0, w * 0.55, 12)}<path d="M${-w / 2},0 V${-h * 0.6} C${-w / 2},${-h * 1.15} ${w / 2},${-h * 1.15} ${w / 2},${-h * 0.6} V0 Z" fill="${glass}" opacity="0.92"/>${ribs}<path d="M${-w / 2},0 V${-h * 0.6} C${-w / 2},${-h * 1.15} ${w / 2},${-h * 1.15} ${w / 2},${-h * 0.6} V0" fill="none" stroke="${rib}" stroke-width="6"/>${c.plants ? `<g fill="${c.plants}">${Array.from({ length: 12 }, (_, i) => `<ellipse cx="${f(-w / 2 + 20 + ((w - 40) * i) / 11)}" cy="-16" rx="14" ry="16"/>`).join('')}</g>` : ''}</g>`;
}

export function church(x, y, s = 1, c = {}) {
  const wall = c.wall ?? '#b4533d';
  const roof = c.roof ?? '#3d4a52';
  return `<g transform="translate(${x},${y}) scale(${s})"><rect x="-40" y="-340" width="80" height="340" fill="${wall}"/><path d="M-44,-340 L0,-470 L44,-340 Z" fill="${roof}"/><rect x="-14" y="-300" width="28" height="50" rx="14" fill="#2e3438" opacity="0.7"/><rect x="40" y="-170" width="200" height="170" fill="${wall}" opacity="0.92"/><path d="M36,-170 L140,-230 L244,-170 Z" fill="${roof}"/>${[70, 120, 170, 210].map((v) => `<rect x="${v}" y="-140" width="18" height="60" rx="9" fill="#2e3438" opacity="0.55"/>`).join('')}</g>`;
}

export function woodenChurch(x, y, s = 1) {
  return `<g transform="translate(${x},${y}) scale(${s})">${shadow(0, 0, 110, 10)}<rect x="-80" y="-110" width="160" height="110" fill="#6e4a2f"/><path d="M-96,-100 L0,-190 L96,-100 Z" fill="#3f2d22"/><rect x="-24" y="-250" width="48" height="90" fill="#6e4a2f"/><path d="M-30,-250 L0,-360 L30,-250 Z" fill="#3f2d22"/><path d="M0,-360 V-390 M-10,-378 H10" stroke="#3f2d22" stroke-width="5"/><rect x="-16" y="-60" width="32" height="60" fill="#3f2d22"/></g>`;
}

export function castle(x, y, s = 1, c = {}) {
  const wall = c.wall ?? '#e6dccb';
  const roof = c.roof ?? '#9a4a3a';
  return `<g transform="translate(${x},${y}) scale(${s})"><rect x="-150" y="-90" width="300" height="90" fill="${wall}"/><rect x="-60" y="-170" width="70" height="170" fill="${wall}"/><path d="M-66,-170 L-25,-230 L16,-170 Z" fill="${roof}"/><rect x="40" y="-130" width="60" height="130" fill="${wall}"/><path d="M36,-130 L70,-175 L104,-130 Z" fill="${roof}"/>${[-130, -100, -70, 20, 110, 130].map((v) => `<rect x="${v}" y="-70" width="12" height="20" fill="#6b6157" opacity="0.6"/>`).join('')}</g>`;
}

/** Rows of facades: a generic old-town street; colours cycle. */
export function facades(x, y, n, colors, c = {}) {
  const r = rng(c.seed ?? 11);
  let out = '';
  let cx = x;
  for (let i = 0; i < n; i++) {
    const w = 110 + r() * 70;
    const h = (c.minH ?? 180) + r() * (c.varH ?? 120);
    const col = colors[i % colors.length];
    const roof = c.roof ?? '#8a4b3a';
    out += `<rect x="${f(cx)}" y="${f(y - h)}" width="${f(w)}" height="${f(h)}" fill="${col}"/>`;
    if (c.gables) out += `<path d="M${f(cx)},${f(y - h)} L${f(cx + w / 2)},${f(y - h - 60)} L${f(cx + w)},${f(y - h)} Z" fill="${col}"/><path d="M${f(cx + w / 2 - 10)},${f(y - h - 20)} h20 v16 h-20 Z" fill="#3d4850" opacity="0.5"/>`;
    else if (c.tiles) out += `<path d="M${f(cx - 8)},${f(y - h + 2)} L${f(cx + 18)},${f(y - h - 44)} L${f(cx + w - 18)},${f(y - h - 44)} L${f(cx + w + 8)},${f(y - h + 2)} Z" fill="${roof}"/><g stroke="#a24e2c" stroke-width="3" opacity="0.6"><path d="M${f(cx + 4)},${f(y - h - 14)} H${f(cx + w - 4)} M${f(cx + 12)},${f(y - h - 30)} H${f(cx + w - 12)}"/></g>`;
    else out += `<rect x="${f(cx - 4)}" y="${f(y - h - 12)}" width="${f(w + 8)}" height="14" fill="${roof}"/>`;
    for (let row = 0; row < Math.floor((h - 70) / 60); row++) {
      for (let k = 0; k < 2; k++) out += `<rect x="${f(cx + w * (0.2 + k * 0.4))}" y="${f(y - h + 30 + row * 60)}" width="${f(w * 0.2)}" height="36" rx="3" fill="${c.win ?? '#43525c'}" opacity="0.75"/>`;
    }
    out += `<rect x="${f(cx + w / 2 - 14)}" y="${f(y - 52)}" width="28" height="52" rx="3" fill="#5b3d2e" opacity="0.8"/>`;
    cx += w + (c.gap ?? 0);
  }
  return out;
}

/** A city gate with a clock tower (old towns of central Europe). */
export function cityGate(x, y, s = 1, c = {}) {
  const wall = c.wall ?? '#d9c7a6';
  const roof = c.roof ?? '#4e6b5f';
  return `<g transform="translate(${x},${y}) scale(${s})"><rect x="-90" y="-300" width="180" height="300" fill="${wall}"/><path d="M-40,0 V-110 C-40,-150 40,-150 40,-110 V0 Z" fill="#3a3330"/><circle cx="0" cy="-220" r="30" fill="#f7f1e3" stroke="#6a5a44" stroke-width="5"/><path d="M0,-220 v-20 M0,-220 h14" stroke="#3a3330" stroke-width="4"/><path d="M-100,-300 L0,-380 L100,-300 Z" fill="${roof}"/><rect x="-20" y="-430" width="40" height="60" fill="${wall}"/><path d="M-28,-430 L0,-480 L28,-430 Z" fill="${roof}"/></g>`;
}

export function windTurbine(x, y, s = 1, angle = 0) {
  return `<g transform="translate(${x},${y}) scale(${s})"><path d="M-6,0 L-3,-300 L3,-300 L6,0 Z" fill="#f3f5f6"/><g transform="translate(0,-300) rotate(${angle})" fill="#f3f5f6"><path d="M0,0 L-6,-150 L6,-150 Z"/><path d="M0,0 L-6,-150 L6,-150 Z" transform="rotate(120)"/><path d="M0,0 L-6,-150 L6,-150 Z" transform="rotate(240)"/><circle r="9" fill="#dfe4e6"/></g></g>`;
}

export function dome(x, y, s = 1, color = '#7aa36a') {
  return `<g transform="translate(${x},${y}) scale(${s})">${shadow(0, 0, 110, 10)}<rect x="-100" y="-40" width="200" height="40" fill="#c9c2b4"/><path d="M-100,-40 C-100,-150 100,-150 100,-40 Z" fill="${color}"/></g>`;
}

export function haystack(x, y, s = 1, color = '#d8b25a') {
  return `<g transform="translate(${x},${y}) scale(${s})">${shadow(0, 0, 50, 8)}<path d="M0,-150 C30,-130 50,-60 48,0 L-48,0 C-50,-60 -30,-130 0,-150 Z" fill="${color}"/><path d="M0,-150 V-175" stroke="#6e5232" stroke-width="5"/><path d="M-20,-90 q20,10 40,0 M-30,-50 q30,12 60,0" stroke="#b8913f" stroke-width="4" fill="none"/></g>`;
}

export function beehive(x, y, s = 1, color = '#4a90c2') {
  return `<g transform="translate(${x},${y}) scale(${s})">${shadow(0, 0, 40, 6)}<rect x="-34" y="-20" width="68" height="20" fill="#6e5232"/><rect x="-30" y="-90" width="60" height="70" fill="${color}"/><rect x="-36" y="-100" width="72" height="14" fill="#f1ece2"/><rect x="-10" y="-30" width="20" height="6" fill="#2b2b2b"/></g>`;
}

export function sugarShack(x, y, s = 1) {
  return `<g transform="translate(${x},${y}) scale(${s})">${shadow(0, 0, 150, 12)}<rect x="-130" y="-120" width="260" height="120" fill="#8c4a2f"/><path d="M-150,-112 L0,-210 L150,-112 Z" fill="#5e6a70"/><rect x="-30" y="-250" width="60" height="60" fill="#5e6a70"/><path d="M-40,-250 L0,-275 L40,-250 Z" fill="#5e6a70"/><path d="M0,-280 q20,-30 0,-60 q-20,-30 0,-60" stroke="#ffffff" stroke-width="14" fill="none" opacity="0.6" stroke-linecap="round"/><rect x="-20" y="-70" width="40" height="70" fill="#3f2a20"/><rect x="50" y="-90" width="50" height="40" fill="#f3c86b"/><rect x="-100" y="-90" width="50" height="40" fill="#f3c86b"/></g>`;
}

// ---------------------------------------------------------------- vehicles

export function tractor(x, y, s = 1, c = {}) {
  const body = c.body ?? '#3e8e41';
  const flip = c.flip ? -1 : 1;
  return `<g transform="translate(${x},${y}) scale(${s * flip},${s})">${shadow(0, 0, 120, 12)}<rect x="-80" y="-130" width="90" height="80" rx="6" fill="${body}"/><rect x="-70" y="-190" width="70" height="66" rx="6" fill="${c.cab ?? '#cfe6ee'}" stroke="${body}" stroke-width="8"/><rect x="8" y="-100" width="90" height="50" rx="8" fill="${body}"/><rect x="60" y="-130" width="8" height="34" fill="#444"/><circle cx="-50" cy="-52" r="52" fill="#2d2d2d"/><circle cx="-50" cy="-52" r="24" fill="${c.rim ?? '#f2c94c'}"/><circle cx="70" cy="-32" r="32" fill="#2d2d2d"/><circle cx="70" cy="-32" r="14" fill="${c.rim ?? '#f2c94c'}"/>${c.driver ? `<circle cx="-36" cy="-160" r="14" fill="${c.driver}"/>` : ''}</g>`;
}

export function coach(x, y, s = 1, c = {}) {
  const body = c.body ?? '#f4f1ea';
  const stripe = c.stripe ?? '#2f6f9f';
  let win = '';
  for (let i = 0; i < 7; i++) win += `<rect x="${-250 + i * 62}" y="-150" width="52" height="56" rx="6" fill="#9fc4da"/>`;
  return `<g transform="translate(${x},${y}) scale(${s})">${shadow(0, 0, 300, 14)}<rect x="-280" y="-180" width="560" height="150" rx="26" fill="${body}"/>${win}<rect x="200" y="-150" width="70" height="90" rx="10" fill="#9fc4da"/><rect x="-280" y="-82" width="560" height="22" fill="${stripe}"/><circle cx="-180" cy="-30" r="34" fill="#2d2d2d"/><circle cx="-180" cy="-30" r="14" fill="#bfbfbf"/><circle cx="170" cy="-30" r="34" fill="#2d2d2d"/><circle cx="170" cy="-30" r="14" fill="#bfbfbf"/></g>`;
}

// ---------------------------------------------------------------- interiors

export function room(wall, floor, floorY = 720) {
  return `<rect width="${W}" height="${floorY}" fill="${wall}"/><rect y="${floorY}" width="${W}" height="${H - floorY}" fill="${floor}"/><rect y="${floorY - 10}" width="${W}" height="12" fill="#000" opacity="0.08"/>`;
}

/** A window with a little landscape inside (inner: SVG drawn in a 1600×1000 frame, scaled). */
export function windowFrame(x, y, w, h, inner, frame = '#ffffff') {
  const id = nextId('win');
  return `<defs><clipPath id="${id}"><rect x="${x}" y="${y}" width="${w}" height="${h}"/></clipPath></defs><g clip-path="url(#${id})"><g transform="translate(${x},${y}) scale(${w / W},${h / H})">${inner}</g></g><rect x="${x}" y="${y}" width="${w}" height="${h}" fill="none" stroke="${frame}" stroke-width="14"/><path d="M${x + w / 2},${y} V${y + h} M${x},${y + h / 2} H${x + w}" stroke="${frame}" stroke-width="8"/>`;
}

export function board(x, y, w, h, c = {}) {
  const bg = c.bg ?? '#2f5d50';
  const ink = c.ink ?? '#f1f4ee';
  let drawing = '';
  if (c.chart) {
    const bars = c.chart;
    bars.forEach((v, i) => (drawing += `<rect x="${x + 60 + i * ((w - 120) / bars.length)}" y="${y + h - 40 - v * (h - 100)}" width="${(w - 120) / bars.length - 24}" height="${v * (h - 100)}" fill="${c.barColor ?? '#f2c94c'}" opacity="0.9"/>`));
    drawing += `<path d="M${x + 40},${y + 40} V${y + h - 40} H${x + w - 40}" stroke="${ink}" stroke-width="4" fill="none"/>`;
  }
  if (c.lines) for (let i = 0; i < c.lines; i++) drawing += `<path d="M${x + 50},${y + 50 + i * 44} h${(w - 100) * (0.5 + ((i * 37) % 50) / 100)}" stroke="${ink}" stroke-width="6" stroke-linecap="round" opacity="0.8"/>`;
  if (c.cowSketch) {
    const k = h / 400;
    drawing += `<g transform="translate(${x + w * 0.72},${y + h * 0.78}) scale(${k})" fill="none" stroke="${ink}" stroke-width="5" stroke-linecap="round" opacity="0.9"><ellipse cx="0" cy="-78" rx="72" ry="38"/><path d="M-50,-50 V0 M-28,-48 V0 M34,-50 V0 M56,-48 V0 M-70,-90 C-88,-80 -86,-55 -80,-40"/><rect x="66" y="-120" width="28" height="38" rx="13"/><path d="M66,-112 l-14,-8 M94,-112 l14,-8"/><ellipse cx="-30" cy="-88" rx="16" ry="12"/><ellipse cx="24" cy="-64" rx="12" ry="9"/></g>`;
  }
  return `<rect x="${x - 12}" y="${y - 12}" width="${w + 24}" height="${h + 24}" rx="6" fill="${c.frame ?? '#b08a5a'}"/><rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${bg}"/>${drawing}`;
}

export function desk(x, y, w = 300, c = {}) {
  return `<g><rect x="${x}" y="${y}" width="${w}" height="22" rx="4" fill="${c.top ?? '#c99a64'}"/><rect x="${x + 12}" y="${y + 22}" width="14" height="${c.legH ?? 120}" fill="${c.leg ?? '#6b6b6b'}"/><rect x="${x + w - 26}" y="${y + 22}" width="14" height="${c.legH ?? 120}" fill="${c.leg ?? '#6b6b6b'}"/></g>`;
}

export function shelvesOfCheese(x, y, w, h, rows = 5) {
  let out = `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#8a6a46"/>`;
  for (let r = 0; r < rows; r++) {
    const sy = y + ((r + 1) * h) / rows;
    out += `<rect x="${x}" y="${sy - 10}" width="${w}" height="10" fill="#5b4330"/>`;
    for (let k = 0; k < Math.floor(w / 110); k++) out += `<ellipse cx="${x + 55 + k * 110}" cy="${sy - 40}" rx="48" ry="30" fill="#e7b85a"/><ellipse cx="${x + 55 + k * 110}" cy="${sy - 48}" rx="44" ry="18" fill="#f1cd7a"/>`;
  }
  return out;
}

export function barrel(x, y, s = 1) {
  return `<g transform="translate(${x},${y}) scale(${s})">${shadow(0, 0, 90, 10)}<ellipse cx="0" cy="-80" rx="90" ry="80" fill="#8a5a36"/><ellipse cx="0" cy="-80" rx="62" ry="80" fill="#a46d44"/><path d="M-50,-150 V-10 M50,-150 V-10" stroke="#4a4a4a" stroke-width="8"/><ellipse cx="0" cy="-80" rx="22" ry="80" fill="#b37b50"/></g>`;
}

export function crate(x, y, s = 1, fruit = '#5b2a5e') {
  return `<g transform="translate(${x},${y}) scale(${s})">${shadow(0, 0, 70, 8)}<g fill="${fruit}">${[-40, -20, 0, 20, 40, -30, -10, 10, 30].map((v, i) => `<circle cx="${v}" cy="${i < 5 ? -62 : -74}" r="13"/>`).join('')}</g><rect x="-62" y="-60" width="124" height="60" rx="4" fill="#d9a441"/><path d="M-62,-40 H62 M-62,-20 H62" stroke="#b68230" stroke-width="4"/></g>`;
}

export function plantPot(x, y, s = 1, pot = '#2f6fb0', bloom = '#e4405f') {
  return `<g transform="translate(${x},${y}) scale(${s})"><path d="M-26,-50 L26,-50 L20,0 L-20,0 Z" fill="${pot}"/><ellipse cx="0" cy="-66" rx="34" ry="22" fill="#4f8a4b"/>${flowers(-30, -88, 60, [bloom, '#ffffff'], 3, 10)}</g>`;
}

export function fountain(x, y, s = 1) {
  return `<g transform="translate(${x},${y}) scale(${s})">${shadow(0, 0, 150, 14)}<ellipse cx="0" cy="-30" rx="150" ry="34" fill="#e9e2d3"/><ellipse cx="0" cy="-34" rx="130" ry="24" fill="#7cc3d9"/><rect x="-14" y="-120" width="28" height="90" fill="#e9e2d3"/><ellipse cx="0" cy="-122" rx="50" ry="12" fill="#e9e2d3"/><path d="M0,-130 C-10,-180 -40,-170 -60,-130 M0,-130 C10,-180 40,-170 60,-130" stroke="#a9dcec" stroke-width="6" fill="none"/></g>`;
}

export function arches(x, y, n, w, h, wall = '#f7f3ea', shade = '#d8cfbf') {
  let out = `<rect x="${x}" y="${y - h - 60}" width="${n * w}" height="${h + 60}" fill="${wall}"/>`;
  for (let i = 0; i < n; i++) out += `<path d="M${x + i * w + 18},${y} V${y - h * 0.6} C${x + i * w + 18},${y - h * 1.02} ${x + (i + 1) * w - 18},${y - h * 1.02} ${x + (i + 1) * w - 18},${y - h * 0.6} V${y} Z" fill="${shade}"/>`;
  return out;
}

export function milkingRobot(x, y, s = 1) {
  return `<g transform="translate(${x},${y}) scale(${s})">${shadow(0, 0, 120, 10)}<rect x="-110" y="-200" width="60" height="200" rx="8" fill="#c8332b"/><rect x="-100" y="-180" width="40" height="30" rx="4" fill="#2c3e50"/><path d="M-50,-80 L40,-80 L60,-60" stroke="#9aa5ab" stroke-width="14" fill="none" stroke-linecap="round"/><path d="M-110,-150 H140 M-110,-110 H140" stroke="#9aa5ab" stroke-width="8"/><rect x="140" y="-170" width="10" height="170" fill="#9aa5ab"/></g>`;
}

export function screen(x, y, w, h, bars = [0.3, 0.5, 0.7, 0.9], color = '#2f80ed') {
  let out = `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#ffffff" stroke="#cfd6dc" stroke-width="8"/>`;
  bars.forEach((v, i) => (out += `<rect x="${x + 50 + i * ((w - 100) / bars.length)}" y="${y + h - 30 - v * (h - 80)}" width="${(w - 100) / bars.length - 22}" height="${v * (h - 80)}" fill="${color}" opacity="${0.55 + i * 0.12}"/>`));
  return out;
}

export function banner(x, y, w, h, color, stripes = ['#ffffff']) {
  let out = `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="8" fill="${color}"/>`;
  stripes.forEach((c, i) => (out += `<rect x="${x + 30}" y="${y + 24 + i * 30}" width="${w * (0.7 - i * 0.15)}" height="12" rx="6" fill="${c}" opacity="0.9"/>`));
  return out;
}

export function bunting(x1, x2, y, colors, sag = 40) {
  let out = `<path d="M${x1},${y} Q${(x1 + x2) / 2},${y + sag * 2} ${x2},${y}" stroke="#6b6b6b" stroke-width="3" fill="none"/>`;
  const n = Math.floor((x2 - x1) / 50);
  for (let i = 0; i < n; i++) {
    const t = (i + 0.5) / n;
    const px = x1 + (x2 - x1) * t;
    const py = y + sag * 2 * 2 * t * (1 - t);
    out += `<path d="M${f(px - 16)},${f(py)} L${f(px + 16)},${f(py)} L${f(px)},${f(py + 36)} Z" fill="${colors[i % colors.length]}"/>`;
  }
  return out;
}

export function balloon(x, y, color) {
  return `<path d="M${x},${y + 60} q-10,40 6,90" stroke="#777" stroke-width="2" fill="none"/><ellipse cx="${x}" cy="${y}" rx="34" ry="42" fill="${color}"/><ellipse cx="${x - 10}" cy="${y - 14}" rx="8" ry="12" fill="#ffffff" opacity="0.4"/>`;
}

/** A whitish school building (the Loire's tuffeau stone) with slate roof. */
export function school(x, y, s = 1, c = {}) {
  return house(x, y, s, { wall: c.wall ?? '#efe7d6', roof: c.roof ?? '#4a5563', w: c.w ?? 620, h: c.h ?? 200, floors: 2, win: '#8db7cf', door: '#2f5d50', roofH: 90, chimney: false, shutters: c.shutters });
}
