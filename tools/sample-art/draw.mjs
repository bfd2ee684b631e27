// Draws the sample illustrations of Escales (covers and galleries of the sample testimonies and
// news) as flat-design SVG scenes and rasterises them with sharp: JPEG 1600×1000, quality 78,
// mozjpeg, no metadata. Nothing is downloaded: every picture is generated here.
//
//   node tools/sample-art/draw.mjs            # all pictures
//   node tools/sample-art/draw.mjs connemara  # only those whose output path contains "connemara"
//   node tools/sample-art/draw.mjs --svg      # also keep the .svg next to each .jpg (debugging)
//
// Each entry of SCENES has the alt text used in the content, so that the text describes the
// picture as drawn: change both together.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import * as L from './lib.mjs';

const { W, H } = L;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../content');

// ---------------------------------------------------------------- palettes per place

const P = {
  ie: { sky: ['#9dbccf', '#e8eef0'], far: '#9fbfa4', mid: '#78ad72', near: '#5c9a5a', fields: ['#6fa86b', '#7fb477', '#66a062', '#86ba7c'] },
  de: { sky: ['#7fbbe8', '#eef6fb'], far: '#b7c7d8', mid: '#8cc063', near: '#74b04f' },
  es: { sky: ['#62ade3', '#f9e8c6'], far: '#e0c089', mid: '#cfa868', near: '#bf9656' },
  it: { sky: ['#92c8ec', '#fbecd2'], far: '#c6d59a', mid: '#a9c46c', near: '#94b65a' },
  pl: { sky: ['#b8c7d6', '#eef2f6'], far: '#d9e1e8', mid: '#e9eef2', near: '#f4f7f9' },
  fi: { sky: ['#f2b99b', '#b9cfe6'], far: '#dbe5ef', mid: '#eef3f8', near: '#f7fafc' },
  pt: { sky: ['#86c5e6', '#fbe2bf'], far: '#b9b58c', mid: '#a3a86a', near: '#8e9a55' },
  ro: { sky: ['#9fcff0', '#f1f7e9'], far: '#9db3c9', mid: '#93c46d', near: '#7db35a' },
  ca: { sky: ['#88c4f0', '#eef7fd'], far: '#a9c9a0', mid: '#86b86a', near: '#6fa756' },
  caAutumn: { sky: ['#8cc2ea', '#f7ecd9'], far: '#c9a77a', mid: '#a9b56c', near: '#96a65a' },
  dk: { sky: ['#aecde3', '#f3f7f9'], far: '#b6cfae', mid: '#9cc47f', near: '#86b569' },
  fr: { sky: ['#93c4ea', '#fcefd8'], far: '#aac39a', mid: '#8fb873', near: '#7aa860' },
};

const skin = ['#f1c7a5', '#e0ac85', '#c68b63', '#8d5a3b', '#f5d3b8'];

// Things people hold (in the person's own coordinates: the right hand is near 62,-90).
const hold = {
  bucket: (c = '#9aa5ab') => `<g transform="translate(62,-86)"><path d="M-16,0 L16,0 L12,34 L-12,34 Z" fill="${c}"/><path d="M-16,0 q16,-20 32,0" stroke="#555" stroke-width="3" fill="none"/></g>`,
  fork: () => `<g><path d="M62,-210 V10" stroke="#8a6a46" stroke-width="7"/><path d="M48,-250 V-212 H76 V-250 M62,-250 V-212" stroke="#8d969b" stroke-width="5" fill="none"/></g>`,
  notebook: (c = '#2f6f9f') => `<rect x="52" y="-112" width="34" height="44" rx="3" fill="${c}"/><rect x="56" y="-106" width="26" height="32" fill="#f7f4ec"/>`,
  can: (c = '#3a8f5a') => `<g transform="translate(60,-92)"><rect x="-10" y="0" width="40" height="34" rx="6" fill="${c}"/><path d="M30,8 L62,-10" stroke="${c}" stroke-width="7"/><path d="M60,-14 l10,2 l-4,8 z" fill="${c}"/><path d="M70,-4 q8,14 4,30 M76,-8 q12,14 8,34" stroke="#7cc3e6" stroke-width="3" fill="none"/></g>`,
  firstAid: () => `<g transform="translate(46,-104)"><rect x="0" y="0" width="44" height="34" rx="6" fill="#ffffff" stroke="#c0392b" stroke-width="3"/><path d="M22,6 V28 M11,17 H33" stroke="#c0392b" stroke-width="7"/></g>`,
  grapes: () => `<g transform="translate(62,-96) scale(0.55)">${L.crate(0, 0, 1, '#4b2352')}</g>`,
  tray: () => `<g transform="translate(62,-96)"><rect x="-36" y="-8" width="72" height="12" rx="2" fill="#3d3d3d"/><g fill="#6aa84f">${[-26, -13, 0, 13, 26].map((v) => `<ellipse cx="${v}" cy="-16" rx="6" ry="10"/>`).join('')}</g></g>`,
  spade: () => `<g><path d="M62,-190 V-20" stroke="#8a6a46" stroke-width="7"/><path d="M48,-20 H76 L72,20 H52 Z" fill="#8d969b"/></g>`,
};

const clouds = (list) => list.map(([x, y, s, o]) => L.cloud(x, y, s, '#ffffff', o ?? 0.9)).join('');

// ---------------------------------------------------------------- scenes

function irishFarm() {
  const p = P.ie;
  const midShape = L.hillShape(520, 40, 21, 5);
  return [
    L.sky(...p.sky, 700),
    clouds([[260, 150, 1.3, 0.85], [820, 110, 1, 0.8], [1300, 190, 1.5, 0.85], [560, 250, 0.7, 0.7]]),
    L.hill(440, 50, p.far, 12, 5),
    `<path d="${midShape}" fill="${p.mid}"/>`,
    L.fields(midShape, p.fields, 8, 0.35, 180),
    L.stoneWall([[0, 560], [400, 540], [800, 585], [1200, 550], [1600, 575]]),
    L.stoneWall([[500, 548], [560, 700]]),
    L.stoneWall([[1100, 555], [1020, 700]]),
    L.house(1180, 600, 0.9, { wall: '#f4f2ec', roof: '#4a5460', door: '#c2402e', w: 300, h: 120, roofH: 70 }),
    L.tree(1390, 600, 0.8, 'round', { leaf: '#4f7f4b', leaf2: '#5e9356' }),
    L.hill(700, 30, p.near, 31, 4),
    L.stoneWall([[0, 760], [500, 730], [1000, 770], [1600, 735]]),
    L.cow(300, 690, 0.9, { grazing: true }),
    L.cow(720, 660, 0.7, { flip: true }),
    L.cow(1450, 700, 0.85, { flip: true, grazing: true }),
    L.cow(180, 880, 1.2, {}),
    L.person(1030, 930, 1.7, { shirt: '#f2c230', pants: '#33475b', hairStyle: 'long', hair: '#6b4226', skin: skin[0], hold: hold.bucket(), flip: true }),
  ].join('');
}

function irishCalves() {
  return [
    L.room('#b98a5e', '#d8b56a', 640),
    `<g stroke="#9c7048" stroke-width="6" opacity="0.6">${Array.from({ length: 16 }, (_, i) => `<path d="M${i * 100 + 50},0 V640"/>`).join('')}</g>`,
    L.windowFrame(560, 120, 420, 240, irishFarmSmall(), '#f4efe6'),
    `<g fill="#e2c47a">${Array.from({ length: 40 }, (_, i) => `<path d="M${(i * 97) % 1600},${660 + ((i * 53) % 320)} l40,-8" stroke="#c9a656" stroke-width="5"/>`).join('')}</g>`,
    L.calf(330, 820, 1.3, { body: '#ffffff', spots: '#2b2b2b' }),
    L.calf(650, 800, 1.2, { body: '#8a4b2a', spots: '#6a3518', plain: true, head: '#8a4b2a', blaze: '#f4efe6' }),
    L.calf(950, 830, 1.25, { body: '#ffffff', spots: '#2b2b2b', flip: true }),
    `<g fill="#8d969b">${[0, 1].map((i) => `<rect x="120" y="${620 + i * 70}" width="1000" height="16" rx="6"/>`).join('')}${[160, 460, 760, 1080].map((x) => `<rect x="${x}" y="600" width="16" height="260"/>`).join('')}</g>`,
    L.person(1320, 960, 2.1, { shirt: '#f2c230', pants: '#33475b', hairStyle: 'long', hair: '#6b4226', skin: skin[0], hold: hold.bucket('#e9e2d3'), flip: true }),
  ].join('');
}

function irishFarmSmall() {
  const p = P.ie;
  return [L.sky(...p.sky, 1000), L.hill(500, 60, p.far, 2, 4), L.hill(700, 40, p.mid, 5, 4), L.cow(800, 900, 1.5, { grazing: true })].join('');
}

function irishLake() {
  return [
    L.sky('#f0a98a', '#fde5c8', 620),
    L.sun(1100, 470, 60, '#fff0c9', 0.3),
    L.hill(470, 80, '#6d7fa0', 41, 5),
    L.hill(540, 40, '#5b6d8f', 42, 6),
    L.water(600, '#8aa2bf', '#ffe4c4', 4, 400),
    `<g stroke="#ffe7bd" stroke-width="6" stroke-linecap="round" opacity="0.7">${[0, 1, 2, 3, 4, 5, 6].map((i) => `<path d="M${1100 - 60 + (i % 3) * 20 - i * 6},${620 + i * 34} h${120 - i * 8}"/>`).join('')}</g>`,
    L.hill(900, 40, '#4c6b4c', 44, 4),
    `<g transform="translate(520,760)"><path d="M-90,0 L90,0 L70,34 L-70,34 Z" fill="#7a4b2f"/><path d="M-80,6 H80" stroke="#a66a3f" stroke-width="6"/></g>`,
    L.tree(180, 930, 1.1, 'round', { leaf: '#3e5e3e', leaf2: '#4d704a' }),
    L.birds(700, 260, 3, '#5a4a4a'),
  ].join('');
}

function athenryFarm() {
  const p = P.ie;
  return [
    L.sky(...p.sky, 700),
    clouds([[300, 170, 1.2], [950, 120, 1.4, 0.85], [1400, 210, 0.9]]),
    L.hill(470, 40, p.far, 52, 5),
    L.hill(560, 25, p.mid, 53, 5),
    L.silo(1340, 560, 0.95),
    L.silo(1450, 560, 0.95),
    L.shed(1000, 570, 1.15),
    L.hill(640, 20, p.near, 54, 4),
    L.road(760, 600, 700, '#c9c0ae', 30, 420),
    L.fence(0, 700, 600, 640, '#7a5a3c', 8),
    L.cow(780, 660, 0.55, { flip: true }),
    L.cow(740, 720, 0.7, { flip: true }),
    L.cow(700, 800, 0.9, { flip: true }),
    L.cow(650, 920, 1.15, { flip: true }),
    L.person(1000, 960, 1.8, { shirt: '#3f7f4f', pants: '#3f7f4f', hairStyle: 'cap', cap: '#c0392b', skin: skin[1] }),
    L.tree(170, 640, 1, 'round', { leaf: '#4f7f4b', leaf2: '#5e9356' }),
  ].join('');
}

function loireValley(withPerson) {
  const p = P.fr;
  return [
    L.sky(...p.sky, 640),
    L.sun(1350, 170, 55, '#fff4cf', 0.3),
    clouds([[320, 160, 1.1, 0.85], [820, 110, 0.8, 0.8]]),
    L.hill(430, 40, p.far, 61, 5),
    L.water(500, '#7fb6d6', '#ffffff', 62, 140),
    `<path d="M0,600 C400,585 1000,625 1600,600 V640 C1000,660 400,630 0,650 Z" fill="#e9dcb8"/>`,
    L.hill(660, 40, p.mid, 63, 4),
    L.vines(0, 640, 900, 280, 8, '#5f9440', '#7a5c3e', null, 64),
    L.school(1150, 700, 0.9, { shutters: null }),
    L.tree(760, 700, 0.8, 'round', { leaf: '#5f9440', leaf2: '#73a853' }),
    L.tree(1500, 720, 0.9, 'round'),
    withPerson ? L.person(560, 960, 1.9, { shirt: '#2e7d4f', pants: '#33475b', hairStyle: 'long', hair: '#b5532b', skin: skin[4], armUp: true }) : '',
  ].join('');
}

function loirePasture() {
  const p = P.fr;
  return [
    L.sky(...p.sky, 620),
    clouds([[420, 150, 1.2], [1200, 120, 1]]),
    L.hill(480, 30, p.far, 71, 5),
    ...[80, 200, 320, 440, 560, 680, 800, 920].map((x) => L.tree(x, 560, 0.9, 'poplar', { leaf: '#6a9a52', leaf2: '#82b067' })),
    L.hill(580, 20, p.mid, 72, 5),
    L.tractor(1250, 640, 0.9, { body: '#c0392b', rim: '#e9e2d3' }),
    L.hill(700, 20, p.near, 73, 4),
    L.cow(380, 760, 0.95, { body: '#ffffff', spots: '#b5542e', head: '#b5542e', grazing: true }),
    L.cow(800, 820, 1.1, { body: '#ffffff', spots: '#b5542e', head: '#b5542e', flip: true }),
    L.cow(1200, 930, 1.3, { body: '#ffffff', spots: '#b5542e', head: '#b5542e', grazing: true }),
    L.flowers(0, 950, 1600, ['#ffffff', '#f2d04b', '#e85d75'], 74, 60),
  ].join('');
}

function classroom({ wall = '#efe6d2', view, boardOpts, teacher, students }) {
  return [
    L.room(wall, '#b79b7a', 760),
    L.windowFrame(1080, 120, 420, 360, view, '#ffffff'),
    L.board(120, 130, 820, 400, boardOpts),
    teacher ?? '',
    L.desk(60, 760, 480, { legH: 240 }),
    L.desk(620, 760, 480, { legH: 240 }),
    L.desk(1180, 760, 480, { legH: 240 }),
    ...(students ?? []),
  ].join('');
}

function vineView() {
  return [L.sky(...P.fr.sky, 1000), L.hill(450, 60, P.fr.far, 81, 4), L.vines(0, 500, 1600, 500, 8, '#5f9440', '#7a5c3e', null, 82)].join('');
}

function snowForestView() {
  return [
    L.sky('#cfdcea', '#f4f7fb', 1000),
    L.hill(600, 30, '#f7fafc', 91, 4),
    ...[100, 300, 520, 760, 980, 1200, 1420].map((x, i) => L.tree(x, 700 + (i % 2) * 80, 1.6, 'snowpine', { leaf: '#2f5d46' })),
    L.snowflakes(92, 60),
  ].join('');
}

function bavarianTown() {
  const p = P.de;
  return [
    L.sky(...p.sky, 760),
    clouds([[300, 140, 1], [1250, 110, 1.2]]),
    L.hill(430, 30, '#c6d3e0', 101, 5),
    `<path d="M0,430 L160,330 L260,400 L420,300 L560,410 L700,340 L860,430 Z" fill="#b5c4d6"/><path d="M160,330 L190,352 L140,356 Z M420,300 L450,322 L392,326 Z" fill="#ffffff"/>`,
    L.hill(470, 60, p.mid, 102, 4),
    L.castle(1180, 430, 0.8),
    L.church(560, 730, 0.95, { wall: '#b4533d' }),
    L.facades(0, 760, 12, ['#f3d9a4', '#f4b6a0', '#c9e0c4', '#f6efe0', '#b9d4ea', '#f2c9d7'], { gables: true, seed: 103, minH: 150, varH: 90 }),
    `<rect y="760" width="${W}" height="240" fill="#d6cdbf"/><g stroke="#c4baa9" stroke-width="3">${Array.from({ length: 18 }, (_, i) => `<path d="M${i * 95},760 L${i * 95 - 160},1000"/>`).join('')}</g>`,
    L.person(420, 960, 1.45, { shirt: '#7b4fa0', pants: '#2f3e4e', hairStyle: 'long', hair: '#2b1d16', skin: skin[2], backpack: '#e1a23b' }),
    L.person(560, 950, 1.4, { shirt: '#2f80ed', pants: '#3b3b3b', hairStyle: 'short', hair: '#a0652e', skin: skin[0], backpack: '#c0392b' }),
    L.person(700, 970, 1.5, { shirt: '#27ae60', pants: '#2f3e4e', hairStyle: 'curly', hair: '#1d1410', skin: skin[3], backpack: '#34495e' }),
    L.person(860, 955, 1.45, { shirt: '#e67e22', pants: '#2f3e4e', hairStyle: 'bun', hair: '#d9b36b', skin: skin[4], backpack: '#16a085' }),
    L.person(1080, 970, 1.6, { shirt: '#34495e', pants: '#5d4b3c', hairStyle: 'short', hair: '#6b6b6b', skin: skin[1], armUp: true, flip: true }),
  ].join('');
}

function bavarianGreenhouses() {
  const p = P.de;
  return [
    L.sky(...p.sky, 700),
    clouds([[400, 150, 1], [1200, 100, 0.8]]),
    L.hill(480, 40, p.far, 111, 5),
    L.hill(560, 30, p.mid, 112, 5),
    L.greenhouse(450, 720, 640, 260, { plants: '#5e9e4a' }),
    L.greenhouse(1150, 700, 560, 230, { plants: '#7bb35c' }),
    L.hill(760, 15, '#9fb07a', 113, 4),
    `<rect y="760" width="${W}" height="240" fill="#b8a888"/>`,
    L.person(880, 960, 1.8, { shirt: '#7b4fa0', pants: '#2f3e4e', hairStyle: 'long', hair: '#2b1d16', skin: skin[2], hold: hold.tray() }),
  ].join('');
}

function parkPlanting() {
  const p = P.de;
  return [
    L.sky(...p.sky, 650),
    clouds([[300, 120, 1.1], [1100, 170, 0.9]]),
    L.hill(520, 40, p.far, 121, 5),
    L.tree(200, 640, 1.3, 'round'),
    L.tree(1420, 630, 1.2, 'round', { leaf: '#3f7b47' }),
    L.hill(640, 20, p.mid, 122, 4),
    `<ellipse cx="800" cy="860" rx="160" ry="40" fill="#7a5a3c"/>`,
    L.tree(800, 860, 0.8, 'round', { leaf: '#7fc05d', leaf2: '#9ad373' }),
    L.person(560, 930, 1.6, { shirt: '#7b4fa0', pants: '#2f3e4e', hairStyle: 'long', hair: '#2b1d16', skin: skin[2], hold: hold.spade() }),
    L.person(1040, 940, 1.6, { shirt: '#2f80ed', pants: '#3b3b3b', hairStyle: 'short', hair: '#a0652e', skin: skin[0], hold: hold.spade(), flip: true }),
    L.person(1220, 960, 1.55, { shirt: '#f2994a', pants: '#2f3e4e', hairStyle: 'bun', hair: '#3b2a20', skin: skin[1] }),
  ].join('');
}

function quebecFarm() {
  const p = P.ca;
  const mid = L.hillShape(600, 20, 131, 4);
  return [
    L.sky(...p.sky, 700),
    clouds([[280, 150, 1.2], [900, 110, 0.9], [1350, 180, 1.1]]),
    L.hill(500, 30, p.far, 132, 5),
    ...[80, 200, 1460, 1560].map((x, i) => L.tree(x, 600, 1 + (i % 2) * 0.2, 'maple', { leaf: '#4f8a4b', leaf2: '#63a05a' })),
    `<path d="${mid}" fill="${p.mid}"/>`,
    L.fields(mid, ['#86b86a', '#9cc77a', '#7aae5f', '#a9cf84'], 133, -0.3, 200),
    L.barn(760, 650, 1.05, { wall: '#b23a30', roof: '#5c5552', trim: '#ffffff' }),
    L.silo(1020, 650, 1.1, '#d6dbe0'),
    L.silo(1120, 650, 1.0, '#c5ccd2'),
    L.house(380, 660, 0.8, { wall: '#ffffff', roof: '#5a6770', door: '#2f5d50', w: 260, h: 130 }),
    L.fence(0, 760, 1600, 740, '#ffffff', 16),
    L.flowers(0, 900, 1600, ['#f2d04b', '#ffffff'], 134, 50),
  ].join('');
}

function cornField() {
  const p = P.ca;
  let rows = '';
  for (let i = 0; i < 14; i++) {
    const t = i / 13;
    const y = 560 + t * t * 440;
    rows += `<path d="M0,${y} H1600" stroke="#4f8f3f" stroke-width="${6 + t * 26}" stroke-dasharray="${4 + t * 10} ${6 + t * 14}" stroke-linecap="round"/>`;
  }
  return [
    L.sky(...p.sky, 600),
    clouds([[400, 140, 1.3], [1200, 100, 1]]),
    L.hill(500, 20, p.far, 141, 5),
    `<rect y="540" width="${W}" height="460" fill="#8a6a46"/>`,
    rows,
    L.tractor(1240, 560, 0.55, { body: '#2f7d32' }),
  ].join('');
}

function careHome() {
  const view = [L.sky(...P.pt.sky, 1000), L.hill(500, 60, '#b9b58c', 151, 4), L.facades(0, 1000, 10, ['#f7f3ea', '#efe6d6', '#f4efe6'], { roof: '#c8643b', seed: 152, minH: 260, varH: 200, tiles: true })].join('');
  return [
    L.room('#f3e3c9', '#c99a64', 760),
    L.windowFrame(300, 110, 560, 380, view, '#ffffff'),
    L.plantPot(1340, 760, 2, '#c8643b', '#e85d75'),
    `<rect x="1080" y="140" width="200" height="150" fill="#ffffff"/><rect x="1092" y="152" width="176" height="126" fill="#9cc4a5"/><circle cx="1180" cy="215" r="34" fill="#f2d04b"/>`,
    L.seatedFront(520, 740, 2.2, { shirt: '#b36b9f', hairStyle: 'grey', skin: skin[0] }),
    L.seatedFront(1000, 740, 2.2, { shirt: '#8ec6e6', hairStyle: 'short', hair: '#1d1410', skin: skin[2] }),
    `<rect x="320" y="720" width="900" height="30" rx="6" fill="#8a5a36"/><rect x="360" y="750" width="24" height="250" fill="#6e4a2f"/><rect x="1160" y="750" width="24" height="250" fill="#6e4a2f"/>`,
    `<g transform="translate(700,714)">${[0, 1, 2, 3].map((i) => `<rect x="${i * 46}" y="-8" width="38" height="54" rx="4" fill="#ffffff" stroke="#bbb" transform="rotate(${-12 + i * 8} ${i * 46 + 19} 20) scale(1,0.35)"/>`).join('')}</g>`,
  ].join('');
}

function viseuStreet() {
  const p = P.pt;
  return [
    L.sky(...p.sky, 700),
    clouds([[300, 140, 0.9, 0.8]]),
    `<g transform="translate(1100,520)"><rect x="-120" y="-260" width="80" height="260" fill="#b7b0a3"/><rect x="40" y="-260" width="80" height="260" fill="#b7b0a3"/><rect x="-40" y="-160" width="80" height="160" fill="#c4bdb0"/><path d="M-124,-260 h88 v-16 h-88 z M36,-260 h88 v-16 h-88 z" fill="#9f988c"/></g>`,
    L.facades(-20, 820, 14, ['#f7f3ea', '#f1e9da', '#f4e5c6', '#eef0f2'], { roof: '#c8643b', seed: 153, minH: 200, varH: 160, tiles: true }),
    `<path d="M0,820 L1600,760 V1000 H0 Z" fill="#a9a397"/><g stroke="#928c80" stroke-width="3">${Array.from({ length: 20 }, (_, i) => `<path d="M${i * 90},${820 - i * 4} L${i * 90 - 60},1000"/>`).join('')}</g>`,
    L.tree(1460, 780, 1, 'orange', { leaf: '#4f8a4b' }),
  ].join('');
}

function finnishWinter(night) {
  const skyC = night ? ['#0f1f3d', '#2b4a7a'] : P.fi.sky;
  return [
    L.sky(...skyC, 620),
    night ? L.snowflakes(161, 80, '#dfe8ff') : L.sun(1250, 560, 70, '#ffd3a8', 0.35),
    L.hill(520, 40, night ? '#3a5378' : '#c9d6e6', 162, 5),
    ...[60, 170, 280, 1350, 1480].map((x, i) => L.tree(x, 600 + (i % 2) * 20, 1.1, 'snowpine', { leaf: night ? '#1f3b33' : '#2f5d46' })),
    `<rect y="600" width="${W}" height="400" fill="${night ? '#cfd9ea' : '#f5f8fb'}"/>`,
    night ? '' : `<ellipse cx="1100" cy="660" rx="520" ry="50" fill="#dbe7f2"/>`,
    L.house(640, 700, 1.1, { wall: '#a8372e', roof: night ? '#e8eef6' : '#f4f7fa', win: night ? '#ffd479' : '#f6e3a3', door: '#5b2a22', w: 380, h: 160, chimneyColor: '#5b2a22' }),
    L.tree(380, 720, 1.3, 'birch', { leaf: night ? '#dfe7f1' : '#eef3f8', leaf2: '#ffffff' }),
    L.tree(950, 720, 1.2, 'snowpine', { leaf: night ? '#1f3b33' : '#2f5d46' }),
    night
      ? `<path d="M560,700 L420,1000 H860 L720,700 Z" fill="#ffd479" opacity="0.15"/>`
      : [
          L.person(1000, 930, 1.8, { shirt: '#1f8a8a', pants: '#21404a', hairStyle: 'hood', skin: skin[0] }),
          L.person(1150, 940, 1.0, { shirt: '#e74c3c', pants: '#e74c3c', hairStyle: 'hood', skin: skin[4] }),
          L.person(1260, 950, 0.95, { shirt: '#f1c40f', pants: '#f1c40f', hairStyle: 'hood', skin: skin[1] }),
          L.person(860, 950, 1.0, { shirt: '#8e44ad', pants: '#8e44ad', hairStyle: 'hood', skin: skin[2], flip: true }),
        ].join(''),
  ].join('');
}

function cordobaPatio() {
  return [
    L.sky('#5aa9e0', '#cfe6f5', 300),
    L.arches(0, 700, 8, 200, 300, '#f8f5ee', '#e4dccb'),
    `<rect y="180" width="${W}" height="30" fill="#c8643b"/>`,
    ...[100, 300, 500, 700, 900, 1100, 1300, 1500].map((x, i) => L.plantPot(x, 470, 0.8, '#2f6fb0', i % 2 ? '#e4405f' : '#f08a24')),
    `<rect y="700" width="${W}" height="300" fill="#e9dcc4"/><g fill="#d9c7a6">${Array.from({ length: 40 }, (_, i) => `<rect x="${(i % 10) * 160 + ((Math.floor(i / 10) % 2) * 80)}" y="${710 + Math.floor(i / 10) * 70}" width="70" height="60" rx="4"/>`).join('')}</g>`,
    L.fountain(800, 860, 1.2),
    L.tree(260, 860, 1.2, 'orange'),
    L.tree(1380, 860, 1.2, 'orange'),
    L.plantPot(560, 900, 1.4, '#2f6fb0', '#e4405f'),
    L.person(1080, 960, 1.7, { shirt: '#2e8b57', pants: '#8a7a5a', hairStyle: 'short', hair: '#2b1d16', skin: skin[1], hold: hold.can('#3f7ab3'), flip: true }),
  ].join('');
}

function oliveGrove() {
  const p = P.es;
  let trees = '';
  for (let r = 0; r < 5; r++) for (let i = 0; i < 9; i++) {
    const t = r / 4;
    trees += L.tree(60 + i * 190 + (r % 2) * 90, 520 + t * t * 420 + 40 * t, 0.45 + t * 0.9, 'olive', { leaf: '#7d8f4e', leaf2: '#97a86a', trunk: '#6e5232' });
  }
  return [L.sky(...p.sky, 560), L.sun(300, 160, 60, '#fff6d8', 0.3), L.hill(450, 40, p.far, 171, 5), L.hill(520, 25, p.mid, 172, 5), `<rect y="560" width="${W}" height="440" fill="${p.near}"/>`, trees].join('');
}

function polishWinterFarm() {
  const p = P.pl;
  const shape = L.hillShape(580, 15, 181, 4);
  return [
    L.sky(...p.sky, 700),
    clouds([[350, 150, 1.4, 0.7], [1100, 120, 1.6, 0.7]]),
    L.hill(520, 20, '#c9d3dc', 182, 5),
    `<path d="${shape}" fill="${p.mid}"/>`,
    L.fields(shape, ['#f4f7f9', '#6b5a4a', '#f4f7f9', '#e6ecf0'], 183, 0.6, 120),
    L.shed(520, 620, 1.0, { wall: '#aeb6bd', roof: '#5d6870' }),
    L.silo(900, 620, 1.1, '#d0d7dd'),
    L.silo(1010, 620, 1.1, '#d0d7dd'),
    L.silo(1120, 620, 1.1, '#d0d7dd'),
    L.tractor(1380, 760, 1.0, { body: '#c0392b', rim: '#dcdcdc', flip: true }),
    L.person(260, 950, 1.9, { shirt: '#ef7d22', pants: '#2f3e4e', hairStyle: 'long', hair: '#c9a15b', skin: skin[4], hold: hold.notebook() }),
    L.snowflakes(184, 50),
  ].join('');
}

function poPlainFarm() {
  const p = P.it;
  return [
    L.sky(...p.sky, 680),
    L.sun(1380, 150, 50, '#fff4cf', 0.3),
    clouds([[420, 130, 1.1, 0.8]]),
    L.hill(520, 10, p.far, 191, 5),
    ...[60, 150, 240, 330, 420, 1250, 1340, 1430, 1520].map((x) => L.tree(x, 580, 1, 'poplar', { leaf: '#6a9a52', leaf2: '#84b167' })),
    L.house(820, 600, 1.1, { wall: '#e3b36b', roof: '#b9573a', win: '#6b4a36', door: '#6b4a36', w: 420, h: 170, floors: 2, shutters: '#4f7a5a' }),
    L.hill(640, 10, p.mid, 192, 4),
    L.cow(300, 760, 0.85, { grazing: true }),
    L.cow(1200, 760, 0.8, { flip: true }),
    L.cow(520, 880, 1.15, {}),
    L.person(1000, 960, 1.8, { shirt: '#2f80ed', pants: '#3b4b5b', hairStyle: 'cap', cap: '#1e3a5f', skin: skin[1], hold: hold.fork() }),
    L.flowers(0, 970, 1600, ['#ffffff', '#f2d04b'], 193, 40),
  ].join('');
}

function cheeseCellar() {
  return [
    L.room('#d9c6a5', '#9c8466', 860),
    `<path d="M0,0 H1600 V90 C1200,20 400,20 0,90 Z" fill="#c4ae8a"/>`,
    L.shelvesOfCheese(60, 120, 700, 740, 5),
    L.shelvesOfCheese(840, 120, 700, 740, 5),
    `<rect x="0" y="0" width="${W}" height="${H}" fill="#ffcc77" opacity="0.08"/>`,
  ].join('');
}

function transylvania() {
  const p = P.ro;
  return [
    L.sky(...p.sky, 640),
    clouds([[260, 140, 1], [1000, 100, 1.3], [1400, 170, 0.8]]),
    L.hill(380, 60, p.far, 201, 5),
    L.hill(470, 60, '#a8cf86', 202, 5),
    L.woodenChurch(1250, 540, 0.9),
    L.hill(600, 50, p.mid, 203, 4),
    L.haystack(280, 640, 0.8),
    L.haystack(420, 620, 0.6),
    L.haystack(1450, 680, 0.9),
    L.road(900, 600, 760, '#d9c7a6', 10, 340),
    L.hill(820, 30, p.near, 204, 3, 'opacity="0.0"'),
    L.sheep(200, 820, 1.0),
    L.sheep(330, 860, 1.1, { flip: true }),
    L.sheep(120, 900, 1.2),
    L.sheep(1300, 860, 1.0, { flip: true }),
    L.sheep(1420, 900, 1.1),
    L.person(700, 950, 1.6, { shirt: '#2f80ed', pants: '#2f3e4e', hairStyle: 'short', hair: '#6b4226', skin: skin[0], backpack: '#e67e22' }),
    L.person(820, 930, 1.5, { shirt: '#e74c3c', pants: '#2f3e4e', hairStyle: 'long', hair: '#1d1410', skin: skin[2], backpack: '#2c3e50' }),
    L.person(940, 955, 1.6, { shirt: '#16a085', pants: '#5d4b3c', hairStyle: 'curly', hair: '#2b1d16', skin: skin[3], backpack: '#f1c40f' }),
    L.person(1070, 940, 1.7, { shirt: '#6d4c41', pants: '#3b3b3b', hairStyle: 'grey', skin: skin[1], armUp: true, flip: true }),
  ].join('');
}

function beehives() {
  const p = P.ro;
  return [
    L.sky(...p.sky, 600),
    L.hill(420, 50, '#4f7a4b', 211, 5),
    ...Array.from({ length: 16 }, (_, i) => L.tree(i * 105, 520 + (i % 3) * 12, 0.9, 'pine', { leaf: '#2f5d46', leaf2: '#3d7357' })),
    `<rect y="560" width="${W}" height="440" fill="${p.mid}"/>`,
    L.flowers(0, 600, 1600, ['#ffffff', '#f2d04b', '#d16ba5', '#5b8def'], 212, 90),
    L.flowers(0, 900, 1600, ['#ffffff', '#f2d04b', '#d16ba5'], 213, 60),
    ...['#4a90c2', '#f2c94c', '#6fbf73', '#e67e22', '#4a90c2', '#d16ba5'].map((c, i) => L.beehive(200 + i * 240, 820, 1.5, c)),
  ].join('');
}

function daoVineyard() {
  const p = P.pt;
  return [
    L.sky(...p.sky, 600),
    L.sun(1300, 180, 60, '#fff0c0', 0.35),
    L.hill(380, 50, '#b8a98a', 221, 5),
    L.house(1200, 430, 0.9, { wall: '#c9c1b3', roof: '#c8643b', win: '#5d4a3a', door: '#5d4a3a', w: 460, h: 170, floors: 2 }),
    ...[0, 1, 2, 3].map((i) => `<path d="M0,${470 + i * 130} C500,${450 + i * 130} 1100,${500 + i * 130} 1600,${470 + i * 130} V${520 + i * 130} C1100,${550 + i * 130} 500,${500 + i * 130} 0,${520 + i * 130} Z" fill="#b4a68a"/>`).join(''),
    ...[0, 1, 2, 3].map((i) => `<path d="M0,${440 + i * 130} C500,${420 + i * 130} 1100,${470 + i * 130} 1600,${440 + i * 130}" stroke="#5d8f3a" stroke-width="${20 + i * 10}" fill="none" stroke-linecap="round"/>${L.flowers(40, 430 + i * 130, 1500, ['#4b2352', '#5b2a5e'], 222 + i, 26 + i * 6)}`).join(''),
    L.crate(420, 880, 1.3),
    L.person(620, 960, 1.8, { shirt: '#f4f1ea', pants: '#3b4b5b', hairStyle: 'cap', cap: '#e2c275', skin: skin[0], hold: hold.grapes() }),
    L.person(980, 700, 1.1, { shirt: '#c0392b', pants: '#2f3e4e', hairStyle: 'short', hair: '#1d1410', skin: skin[2], armUp: true }),
    L.person(260, 570, 0.8, { shirt: '#2f80ed', pants: '#2f3e4e', hairStyle: 'bun', hair: '#3b2a20', skin: skin[1], armUp: true, flip: true }),
  ].join('');
}

function grapeCrates() {
  const p = P.pt;
  return [
    L.sky(...p.sky, 500),
    L.hill(400, 40, p.far, 231, 5),
    L.vines(0, 460, 1600, 260, 7, '#5d8f3a', '#7a5c3e', '#4b2352', 232),
    `<rect y="720" width="${W}" height="280" fill="#b4a68a"/>`,
    ...[0, 1, 2, 3, 4].map((i) => L.crate(260 + i * 270, 900, 2)),
    ...[0, 1, 2, 3].map((i) => L.crate(395 + i * 270, 780, 2)),
  ].join('');
}

function wineCellar() {
  return [
    `<rect width="${W}" height="${H}" fill="#3b2a22"/>`,
    `<path d="M0,1000 V320 C0,40 1600,40 1600,320 V1000 Z" fill="#7a5a44"/>`,
    `<path d="M200,1000 V380 C200,140 1400,140 1400,380 V1000 Z" fill="#946d52"/>`,
    `<rect y="820" width="${W}" height="180" fill="#5d4636"/>`,
    `<circle cx="800" cy="220" r="26" fill="#ffd58a"/><circle cx="800" cy="220" r="90" fill="#ffd58a" opacity="0.15"/>`,
    ...[250, 530, 810, 1090, 1370].map((x) => L.barrel(x, 840, 1.3)),
    ...[390, 670, 950, 1230].map((x) => L.barrel(x, 640, 1.1)),
  ].join('');
}

function bavarianFarm() {
  const p = P.de;
  return [
    L.sky(...p.sky, 700),
    `<path d="M0,470 L200,290 L320,380 L520,230 L700,400 L900,270 L1100,420 L1300,250 L1600,430 V520 H0 Z" fill="#aebfd1"/><path d="M200,290 L240,326 L170,322 Z M520,230 L566,272 L480,268 Z M900,270 L944,310 L860,306 Z M1300,250 L1346,292 L1258,288 Z" fill="#ffffff"/>`,
    L.hill(520, 40, p.mid, 241, 5),
    L.house(1050, 650, 1.1, { wall: '#f6f1e6', roof: '#7a4b2f', win: '#6b4a36', door: '#7a4b2f', w: 460, h: 200, floors: 2, balcony: '#8a5a36', roofH: 70, chimney: false }),
    L.hill(680, 30, p.near, 242, 4),
    L.cow(300, 760, 0.9, { body: '#f4ece0', spots: '#b06a32', head: '#f4ece0', grazing: true, horns: true }),
    L.cow(620, 820, 1.0, { body: '#f4ece0', spots: '#b06a32', head: '#f4ece0', flip: true, horns: true }),
    L.cow(1400, 900, 1.2, { body: '#f4ece0', spots: '#b06a32', head: '#f4ece0', grazing: true, flip: true, horns: true }),
    L.person(900, 960, 1.8, { shirt: '#f4f1ea', pants: '#2f5f9f', vest: '#2f5f9f', hairStyle: 'bun', hair: '#8a5a2b', skin: skin[0], hold: hold.fork() }),
    L.flowers(0, 960, 1600, ['#ffffff', '#f2d04b', '#d16ba5'], 243, 50),
  ].join('');
}

function lublinOldTown() {
  return [
    L.sky('#a9c8e6', '#f2efe8', 700),
    clouds([[300, 120, 1], [1300, 150, 1.2]]),
    L.facades(-30, 760, 7, ['#f1d9a8', '#e9b8a6', '#cde3c8', '#f6e6d0'], { seed: 251, minH: 260, varH: 140, roof: '#8a4b3a' }),
    L.cityGate(820, 760, 1.05),
    L.facades(960, 760, 6, ['#b9d4ea', '#f2c9d7', '#f3d9a4', '#d9e7c7'], { seed: 252, minH: 260, varH: 140, roof: '#8a4b3a' }),
    `<rect y="760" width="${W}" height="240" fill="#cfc6b8"/><g fill="#bdb3a3">${Array.from({ length: 60 }, (_, i) => `<rect x="${(i % 15) * 110 + (Math.floor(i / 15) % 2) * 55}" y="${775 + Math.floor(i / 15) * 55}" width="90" height="40" rx="8"/>`).join('')}</g>`,
    L.person(520, 960, 1.85, { shirt: '#c0392b', pants: '#2f3e4e', hairStyle: 'bun', hair: '#5a3a28', skin: skin[0], hold: hold.firstAid(), armUp: true }),
    L.person(720, 950, 1.45, { shirt: '#2f80ed', pants: '#3b3b3b', hairStyle: 'short', hair: '#1d1410', skin: skin[2], backpack: '#f1c40f' }),
    L.person(850, 965, 1.5, { shirt: '#9b59b6', pants: '#2f3e4e', hairStyle: 'long', hair: '#c9a15b', skin: skin[4], backpack: '#16a085' }),
    L.person(980, 945, 1.45, { shirt: '#27ae60', pants: '#5d4b3c', hairStyle: 'curly', hair: '#2b1d16', skin: skin[3], backpack: '#e67e22' }),
    L.person(1110, 960, 1.5, { shirt: '#f39c12', pants: '#2f3e4e', hairStyle: 'long', hair: '#3b2a20', skin: skin[1], backpack: '#34495e' }),
  ].join('');
}

function coachRoad() {
  return [
    L.sky('#9fc3e3', '#f6ecd9', 600),
    L.hill(470, 40, '#b9c59a', 261, 5),
    ...Array.from({ length: 9 }, (_, i) => L.tree(60 + i * 190, 640, 1 + (i % 2) * 0.2, 'round', { leaf: ['#d9822b', '#c0392b', '#e6b325'][i % 3], leaf2: ['#e9a74a', '#d35400', '#f1c40f'][i % 3] })),
    `<rect y="620" width="${W}" height="380" fill="#a9b86f"/>`,
    `<path d="M0,760 C500,730 1100,790 1600,750 V860 C1100,900 500,840 0,880 Z" fill="#8d8d8d"/><path d="M0,820 C500,790 1100,850 1600,805" stroke="#f2f2f2" stroke-width="6" stroke-dasharray="40 30" fill="none"/>`,
    L.coach(820, 860, 1.3),
  ].join('');
}

function finnishClassroom() {
  return classroom({
    wall: '#e8eef2',
    view: snowForestView(),
    boardOpts: { bg: '#ffffff', ink: '#2c3e50', frame: '#b0b8bf', chart: [0.35, 0.5, 0.45, 0.7, 0.85], barColor: '#2f80ed' },
    teacher: L.person(1000, 740, 2.2, { shirt: '#7f8c8d', pants: '#2c3e50', hairStyle: 'short', hair: '#1d1410', skin: skin[2], armUp: true, flip: true }),
    students: [
      L.seatedBack(240, 1000, 1.9, { hair: '#c9a15b', hairStyle: 'long', shirt: '#c0392b' }),
      L.seatedBack(560, 1000, 1.9, { hair: '#6b4226', shirt: '#2f80ed' }),
      L.seatedBack(880, 1000, 1.9, { hair: '#e0c38a', shirt: '#16a085' }),
      L.seatedBack(1230, 1000, 1.9, { hair: '#2b1d16', hairStyle: 'long', shirt: '#8e44ad' }),
    ],
  });
}

function lyceeClassroom() {
  return classroom({
    view: vineView(),
    boardOpts: { lines: 4, cowSketch: true },
    students: [
      L.seatedBack(200, 1000, 1.9, { hair: '#d9b36b', shirt: '#2f80ed' }),
      L.seatedBack(500, 1000, 1.9, { hair: '#2b1d16', hairStyle: 'long', shirt: '#e67e22' }),
      L.seatedBack(820, 1000, 1.9, { hair: '#6b4226', shirt: '#27ae60' }),
      L.seatedBack(1130, 1000, 1.9, { hair: '#1d1410', shirt: '#9b59b6' }),
      L.seatedBack(1420, 1000, 1.9, { hair: '#a0652e', hairStyle: 'long', shirt: '#34495e' }),
    ],
  });
}

function danishFarm() {
  const p = P.dk;
  return [
    L.sky(...p.sky, 660),
    clouds([[300, 140, 1.2], [900, 190, 0.9], [1300, 110, 1.1]]),
    L.windTurbine(220, 560, 1.0, 10),
    L.windTurbine(460, 570, 0.8, 45),
    L.windTurbine(1480, 560, 0.9, 80),
    L.hill(560, 8, p.far, 271, 5),
    L.shed(760, 620, 1.1, { wall: '#e6e9ec', roof: '#3d4449' }),
    L.house(1180, 620, 0.9, { wall: '#a9503c', roof: '#2b2b2b', win: '#f4efe6', door: '#2b2b2b', w: 300, h: 130, roofH: 90 }),
    L.dome(1430, 640, 0.9, '#7aa36a'),
    L.hill(660, 8, p.mid, 272, 4),
    L.fence(0, 760, 1600, 740, '#8a6a46', 16),
    L.cow(260, 850, 1.0, { grazing: true }),
    L.cow(620, 820, 0.85, { flip: true }),
    L.cow(1380, 900, 1.15, { flip: true, grazing: true }),
    L.person(980, 960, 1.9, { shirt: '#2f5f9f', pants: '#3b3b3b', hairStyle: 'grey', skin: skin[0] }),
  ].join('');
}

function robotBarn() {
  return [
    L.room('#eef1f3', '#a9a59c', 700),
    `<path d="M0,0 L800,-60 L1600,0 V80 L800,20 L0,80 Z" fill="#c9d1d6"/>`,
    `<g fill="#ffffff" opacity="0.7">${[200, 600, 1000, 1400].map((x) => `<rect x="${x - 80}" y="100" width="160" height="60" rx="6"/>`).join('')}</g>`,
    `<g stroke="#b0b8bf" stroke-width="10">${[100, 400, 1300, 1550].map((x) => `<path d="M${x},80 V700"/>`).join('')}</g>`,
    L.cow(1330, 760, 1.05, { flip: true, grazing: true }),
    L.cow(220, 760, 1.0, { grazing: true }),
    L.milkingRobot(760, 930, 1.9),
    L.cow(820, 930, 2.0, {}),
    `<g stroke="#9aa5ab" stroke-width="14"><path d="M540,640 H1120"/></g>`,
  ].join('');
}

function trainingRoom() {
  const view = [L.sky('#62ade3', '#cfe6f5', 1000), L.facades(0, 1000, 12, ['#f8f5ee', '#f1ebe0'], { roof: '#c8643b', seed: 281, minH: 200, varH: 250, tiles: true }), `<g transform="translate(1150,1000)"><rect x="-50" y="-700" width="100" height="700" fill="#d9c7a6"/><path d="M-60,-700 L0,-820 L60,-700 Z" fill="#c8643b"/></g>`].join('');
  const notes = Array.from({ length: 15 }, (_, i) => `<rect x="${120 + (i % 5) * 110}" y="${150 + Math.floor(i / 5) * 110}" width="90" height="90" fill="${['#f7dc6f', '#f5b7b1', '#aed6f1', '#abebc6'][i % 4]}" transform="rotate(${(i % 3) - 1} ${165 + (i % 5) * 110} ${195 + Math.floor(i / 5) * 110})"/>`).join('');
  return [
    L.room('#f6efe2', '#c9a77a', 760),
    notes,
    L.windowFrame(900, 110, 560, 400, view, '#ffffff'),
    L.seatedFront(300, 720, 2.0, { shirt: '#c0392b', hairStyle: 'long', hair: '#6b4226', skin: skin[0] }),
    L.seatedFront(640, 720, 2.0, { shirt: '#2f80ed', hairStyle: 'short', hair: '#1d1410', skin: skin[3] }),
    L.seatedFront(980, 720, 2.0, { shirt: '#16a085', hairStyle: 'short', hair: '#a0652e', skin: skin[1] }),
    L.seatedFront(1320, 720, 2.0, { shirt: '#8e44ad', hairStyle: 'long', hair: '#2b1d16', skin: skin[2] }),
    `<rect x="120" y="700" width="1360" height="34" rx="6" fill="#8a5a36"/><rect x="180" y="734" width="24" height="266" fill="#6e4a2f"/><rect x="1400" y="734" width="24" height="266" fill="#6e4a2f"/>`,
    `<g>${[350, 690, 1030, 1370].map((x) => `<rect x="${x - 40}" y="672" width="80" height="28" rx="3" fill="${['#f7dc6f', '#aed6f1', '#f5b7b1', '#abebc6'][Math.floor(x / 400) % 4]}"/>`).join('')}</g>`,
  ].join('');
}

function quebecAutumnSchool() {
  const p = P.caAutumn;
  return [
    L.sky(...p.sky, 680),
    clouds([[350, 140, 1.1], [1250, 110, 0.9]]),
    L.hill(500, 40, '#c98a4a', 291, 5),
    L.hill(560, 20, p.mid, 292, 5),
    L.house(900, 700, 1.0, { wall: '#f7f7f4', roof: '#7d868c', win: '#7fb0c9', door: '#2f5d50', w: 700, h: 210, floors: 2, roofH: 70, chimney: false }),
    ...[[120, 720, 1.3, '#c0392b', '#e74c3c'], [330, 740, 1.1, '#e67e22', '#f39c12'], [1420, 720, 1.3, '#d35400', '#e67e22'], [1560, 760, 1.0, '#c0392b', '#e74c3c']].map(([x, y, s, a, b]) => L.tree(x, y, s, 'maple', { leaf: a, leaf2: b })),
    `<rect y="700" width="${W}" height="300" fill="${p.near}"/>`,
    L.flowers(0, 760, 1600, ['#e67e22', '#c0392b', '#f1c40f'], 293, 70),
    L.flowers(0, 900, 1600, ['#e67e22', '#c0392b', '#f1c40f'], 294, 50),
    L.person(560, 960, 1.9, { shirt: '#7f8c8d', pants: '#2c3e50', hairStyle: 'bun', hair: '#3b2a20', skin: skin[0], hold: hold.notebook('#c0392b') }),
  ].join('');
}

function italianGarden() {
  const p = P.it;
  return [
    L.sky(...p.sky, 560),
    L.house(800, 520, 1.2, { wall: '#e9bf7a', roof: '#b9573a', win: '#f6efe0', door: '#6b4a36', w: 760, h: 220, floors: 2, flat: true, shutters: '#4f7a5a', chimney: false }),
    ...[120, 260, 1340, 1480].map((x) => L.tree(x, 560, 1.6, 'cone', { leaf: '#2f5d46', leaf2: '#3d7357' })),
    `<rect y="540" width="${W}" height="460" fill="#e4d6b8"/>`,
    ...[[0, 600, 560, 120], [1040, 600, 560, 120], [0, 780, 480, 200], [1120, 780, 480, 200]].map(([x, y, w, h]) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="14" fill="#4f8a4b"/><rect x="${x + 30}" y="${y + 24}" width="${w - 60}" height="${h - 48}" rx="10" fill="#86b86a"/>`).join(''),
    L.fountain(800, 720, 1.0),
    L.person(560, 960, 1.8, { shirt: '#2e8b57', pants: '#5d4b3c', hairStyle: 'short', hair: '#6b6b6b', skin: skin[1], armUp: true }),
    L.person(720, 970, 1.45, { shirt: '#2f80ed', pants: '#2f3e4e', hairStyle: 'short', hair: '#2b1d16', skin: skin[3], backpack: '#f1c40f' }),
    L.person(860, 960, 1.45, { shirt: '#e74c3c', pants: '#2f3e4e', hairStyle: 'long', hair: '#c9a15b', skin: skin[4], backpack: '#34495e' }),
    L.person(1000, 975, 1.5, { shirt: '#f39c12', pants: '#3b3b3b', hairStyle: 'curly', hair: '#1d1410', skin: skin[2], backpack: '#16a085' }),
    L.person(1140, 960, 1.45, { shirt: '#9b59b6', pants: '#2f3e4e', hairStyle: 'bun', hair: '#6b4226', skin: skin[0], backpack: '#c0392b' }),
  ].join('');
}

// ---------------------------------------------------------------- news scenes (at the school)

function schoolGreenhouseVisit() {
  const p = P.fr;
  return [
    L.sky(...p.sky, 640),
    clouds([[350, 130, 1.2], [1150, 160, 0.9]]),
    L.hill(480, 30, p.far, 301, 5),
    L.greenhouse(420, 640, 620, 240, { plants: '#6aa84f' }),
    L.greenhouse(1150, 630, 600, 220, { plants: '#89c06a' }),
    `<rect y="640" width="${W}" height="360" fill="#c8b898"/>`,
    L.person(380, 950, 1.7, { shirt: '#34495e', pants: '#2c3e50', hairStyle: 'grey', skin: skin[0] }),
    L.person(540, 960, 1.75, { shirt: '#8e44ad', pants: '#2c3e50', hairStyle: 'bun', hair: '#3b2a20', skin: skin[2], hold: hold.notebook() }),
    L.person(760, 955, 1.6, { shirt: '#27ae60', pants: '#2f3e4e', hairStyle: 'short', hair: '#6b4226', skin: skin[1], armUp: true, flip: true }),
    L.person(900, 965, 1.55, { shirt: '#e67e22', pants: '#2f3e4e', hairStyle: 'long', hair: '#1d1410', skin: skin[3], flip: true }),
    L.person(1040, 950, 1.6, { shirt: '#2f80ed', pants: '#3b3b3b', hairStyle: 'curly', hair: '#2b1d16', skin: skin[2], flip: true }),
  ].join('');
}

function schoolGroupPhoto() {
  const p = P.fr;
  const people = [
    [300, { shirt: '#2f80ed', hairStyle: 'short', hair: '#d9b36b', skin: skin[4] }],
    [420, { shirt: '#16a085', hairStyle: 'long', hair: '#e0c38a', skin: skin[0] }],
    [540, { shirt: '#c0392b', hairStyle: 'bun', hair: '#3b2a20', skin: skin[1] }],
    [660, { shirt: '#34495e', hairStyle: 'grey', skin: skin[0] }],
    [780, { shirt: '#f39c12', hairStyle: 'curly', hair: '#1d1410', skin: skin[3] }],
    [900, { shirt: '#8e44ad', hairStyle: 'long', hair: '#6b4226', skin: skin[2] }],
    [1020, { shirt: '#27ae60', hairStyle: 'short', hair: '#a0652e', skin: skin[0] }],
    [1140, { shirt: '#7f8c8d', hairStyle: 'short', hair: '#e0c38a', skin: skin[4] }],
    [1260, { shirt: '#d35400', hairStyle: 'bun', hair: '#c9a15b', skin: skin[0] }],
  ];
  return [
    L.sky(...p.sky, 680),
    L.sun(1400, 140, 50, '#fff4cf', 0.3),
    L.hill(500, 30, p.far, 311, 5),
    L.school(800, 700, 1.55, { shutters: null }),
    `<rect y="700" width="${W}" height="300" fill="#d8ccb4"/>`,
    L.tree(120, 720, 1.3, 'round'),
    L.tree(1500, 720, 1.2, 'round', { leaf: '#5f9440' }),
    ...people.map(([x, c], i) => L.person(x, 950 + (i % 2) * 12, 1.55, { pants: '#2f3e4e', ...c })),
  ].join('');
}

function openDayHall() {
  return [
    L.room('#f4efe6', '#c9b79c', 720),
    L.bunting(0, 1600, 60, ['#e74c3c', '#f1c40f', '#2f80ed', '#27ae60'], 30),
    L.banner(120, 180, 380, 260, '#2f5d50', ['#ffffff', '#f2c94c', '#ffffff']),
    L.banner(620, 180, 380, 260, '#b9573a', ['#ffffff', '#ffffff']),
    L.banner(1120, 180, 380, 260, '#2f6f9f', ['#ffffff', '#f2c94c']),
    `<g transform="translate(1230,300)">${L.cow(0, 100, 0.5, {})}</g>`,
    L.person(300, 680, 1.2, { shirt: '#2f5d50', pants: '#2f3e4e', hairStyle: 'long', hair: '#6b4226', skin: skin[0] }),
    L.person(1290, 680, 1.2, { shirt: '#2f6f9f', pants: '#2f3e4e', hairStyle: 'short', hair: '#1d1410', skin: skin[3] }),
    `<rect x="80" y="600" width="460" height="120" fill="#ffffff"/><rect x="1060" y="600" width="460" height="120" fill="#ffffff"/><rect x="80" y="600" width="460" height="20" fill="#2f5d50"/><rect x="1060" y="600" width="460" height="20" fill="#2f6f9f"/>`,
    L.person(560, 960, 1.8, { shirt: '#c0392b', pants: '#2f3e4e', hairStyle: 'short', hair: '#a0652e', skin: skin[1], flip: true }),
    L.person(700, 970, 1.3, { shirt: '#f1c40f', pants: '#2f3e4e', hairStyle: 'long', hair: '#a0652e', skin: skin[1], flip: true }),
    L.person(900, 955, 1.8, { shirt: '#16a085', pants: '#5d4b3c', hairStyle: 'bun', hair: '#2b1d16', skin: skin[2] }),
    L.person(1080, 965, 1.75, { shirt: '#8e44ad', pants: '#2f3e4e', hairStyle: 'grey', skin: skin[0] }),
  ].join('');
}

function meetingRoom() {
  return [
    L.room('#eef1f4', '#b8b2a6', 700),
    L.screen(500, 100, 600, 340, [0.35, 0.5, 0.75, 0.95], '#2f6f9f'),
    `<rect x="80" y="120" width="300" height="240" fill="#ffffff"/><rect x="92" y="132" width="276" height="216" fill="#a9c89a"/>`,
    `<rect x="1220" y="120" width="300" height="240" fill="#ffffff"/><rect x="1232" y="132" width="276" height="216" fill="#9cc4e4"/>`,
    L.seatedFront(260, 760, 1.7, { shirt: '#c0392b', hairStyle: 'long', hair: '#e0c38a', skin: skin[4] }),
    L.seatedFront(520, 760, 1.7, { shirt: '#34495e', hairStyle: 'short', hair: '#1d1410', skin: skin[3] }),
    L.seatedFront(780, 760, 1.7, { shirt: '#16a085', hairStyle: 'grey', skin: skin[0] }),
    L.seatedFront(1040, 760, 1.7, { shirt: '#8e44ad', hairStyle: 'long', hair: '#6b4226', skin: skin[1] }),
    L.seatedFront(1300, 760, 1.7, { shirt: '#2f80ed', hairStyle: 'short', hair: '#a0652e', skin: skin[0] }),
    `<path d="M60,740 H1540 L1600,860 H0 Z" fill="#8a5a36"/><rect x="0" y="860" width="${W}" height="24" fill="#6e4a2f"/>`,
    `<g fill="#ffffff">${[240, 500, 760, 1020, 1280].map((x) => `<rect x="${x}" y="770" width="90" height="40" rx="3" transform="skewX(-10)"/>`).join('')}</g>`,
  ].join('');
}

function schoolOpenDay() {
  const p = P.fr;
  return [
    L.sky(...p.sky, 700),
    clouds([[300, 140, 1], [1300, 120, 1.1]]),
    L.hill(500, 30, p.far, 321, 5),
    L.school(800, 700, 1.55, { shutters: null }),
    L.bunting(120, 1480, 270, ['#e74c3c', '#f1c40f', '#2f80ed', '#27ae60', '#ffffff'], 24),
    L.balloon(250, 560, '#e74c3c'),
    L.balloon(320, 590, '#f1c40f'),
    L.balloon(1300, 560, '#2f80ed'),
    L.balloon(1370, 590, '#27ae60'),
    `<rect y="700" width="${W}" height="300" fill="#9fc07a"/>`,
    L.road(800, 700, 800, '#e4d8c0', 160, 700),
    L.tree(120, 760, 1.2, 'round'),
    L.tree(1490, 760, 1.2, 'round', { leaf: '#5f9440' }),
    L.person(660, 950, 1.8, { shirt: '#2f6f9f', pants: '#2c3e50', hairStyle: 'short', hair: '#1d1410', skin: skin[3] }),
    L.person(770, 965, 1.2, { shirt: '#f1c40f', pants: '#2c3e50', hairStyle: 'curly', hair: '#1d1410', skin: skin[3] }),
    L.person(880, 950, 1.75, { shirt: '#c0392b', pants: '#2c3e50', hairStyle: 'long', hair: '#2b1d16', skin: skin[3] }),
    L.person(1040, 880, 1.4, { shirt: '#27ae60', pants: '#5d4b3c', hairStyle: 'bun', hair: '#c9a15b', skin: skin[0], flip: true }),
    L.person(1140, 870, 1.4, { shirt: '#8e44ad', pants: '#2c3e50', hairStyle: 'short', hair: '#a0652e', skin: skin[0], flip: true }),
  ].join('');
}

// ---------------------------------------------------------------- the list

const T = (slug, file) => `testimonies/${slug}/${file}`;
export const SCENES = [
  { out: T('trois-semaines-dans-le-connemara', 'cover.jpg'), draw: irishFarm, alt: "Illustration : une jeune fille en ciré jaune porte un seau dans un pré du Connemara, entre des murets de pierre ; des vaches noires et blanches paissent devant une maison blanche au toit d'ardoise." },
  { out: T('trois-semaines-dans-le-connemara', 'veaux.jpg'), draw: irishCalves, alt: 'Illustration : dans une étable au sol paillé, trois veaux derrière une barrière métallique ; la jeune fille en ciré jaune arrive avec un seau.' },
  { out: T('trois-semaines-dans-le-connemara', 'lough-corrib.jpg'), draw: irishLake, alt: 'Illustration : un grand lac entouré de collines bleues au coucher du soleil, une barque en bois près de la rive.' },
  { out: T('six-semaines-a-athenry', 'cover.jpg'), draw: athenryFarm, alt: "Illustration : un jeune homme en combinaison verte et casquette rouge suit une file de vaches noires et blanches qui partent au pré, devant un grand bâtiment d'élevage gris et deux silos." },
  { out: T('aoife-from-galway-to-the-loire', 'cover.jpg'), draw: () => loireValley(true), alt: 'Illustration: a young woman with red hair and a green jacket waves above rows of vines, with the wide Loire river and a white stone school building with a slate roof behind her.' },
  { out: T('aoife-from-galway-to-the-loire', 'school-farm.jpg'), draw: loirePasture, alt: 'Illustration: brown-and-white cows graze in a flowery meadow, with a red tractor and a row of poplars behind them.' },
  { out: T('jonas-de-landshut-a-valbonne', 'cover.jpg'), draw: lyceeClassroom, alt: 'Illustration : une salle de classe vue du fond, des élèves de dos face à un tableau vert où sont dessinés une vache et des lignes de texte ; par la fenêtre, des rangs de vigne.' },
  { out: T('une-semaine-en-baviere-avec-l-ofaj', 'cover.jpg'), draw: bavarianTown, alt: "Illustration : un groupe d'élèves avec des sacs à dos et leur professeur dans une rue de Bavière, devant des façades colorées à pignons, un haut clocher de brique et un château sur la colline." },
  { out: T('une-semaine-en-baviere-avec-l-ofaj', 'serres.jpg'), draw: bavarianGreenhouses, alt: 'Illustration : deux serres en arceaux remplies de jeunes plants ; une élève en pull violet porte un plateau de semis.' },
  { out: T('une-semaine-en-baviere-avec-l-ofaj', 'plantation.jpg'), draw: parkPlanting, alt: "Illustration : trois élèves, dont deux avec une bêche, autour d'un jeune arbre qu'ils viennent de planter dans un parc." },
  { out: T('six-semaines-au-quebec', 'cover.jpg'), draw: quebecFarm, alt: 'Illustration sans personnage : une grange rouge aux bordures blanches, deux silos argentés et une maison blanche au milieu de champs verts bordés d’érables, sous un ciel bleu.' },
  { out: T('six-semaines-au-quebec', 'mais.jpg'), draw: cornField, alt: 'Illustration sans personnage : de longs rangs de jeune maïs sur une terre brune, et un tracteur vert au bout du champ.' },
  { out: T('stage-en-maison-de-retraite-a-viseu', 'cover.jpg'), draw: careHome, alt: "Illustration : dans une salle lumineuse, un jeune homme en tunique bleu clair joue aux cartes avec une dame aux cheveux gris ; par la fenêtre, des maisons blanches aux toits de tuiles orange." },
  { out: T('stage-en-maison-de-retraite-a-viseu', 'rue-de-viseu.jpg'), draw: viseuStreet, alt: 'Illustration : une rue pavée bordée de maisons blanches aux toits de tuiles orange, avec deux tours de pierre grise au fond et un oranger.' },
  { out: T('l-hiver-finlandais-en-creche', 'cover.jpg'), draw: () => finnishWinter(false), alt: 'Illustration : sous un ciel d’hiver rose, une jeune femme en manteau bleu-vert et trois petits enfants en combinaisons de couleur devant une maison de bois rouge, entre bouleaux et sapins enneigés.' },
  { out: T('l-hiver-finlandais-en-creche', 'nuit.jpg'), draw: () => finnishWinter(true), alt: 'Illustration : la nuit sur la neige, une maison de bois aux fenêtres éclairées entre un bouleau et des sapins, sous un ciel bleu nuit où tombent des flocons.' },
  { out: T('jardins-de-cordoue', 'cover.jpg'), draw: cordobaPatio, alt: 'Illustration : un patio aux murs blancs et aux arcades, avec une fontaine, deux orangers et des pots bleus fleuris ; un garçon en polo vert arrose avec un arrosoir.' },
  { out: T('jardins-de-cordoue', 'oliviers.jpg'), draw: oliveGrove, alt: 'Illustration : des rangées d’oliviers sur des collines ocre, sous un grand ciel bleu et un soleil pâle.' },
  { out: T('cinq-semaines-a-lublin', 'cover.jpg'), draw: polishWinterFarm, alt: 'Illustration : une jeune femme en parka orange, un carnet à la main, dans une grande exploitation en hiver : champs rayés de neige, hangar gris, trois silos à grain et un tracteur rouge.' },
  { out: T('vaches-et-parmesan', 'cover.jpg'), draw: poPlainFarm, alt: 'Illustration : dans la plaine du Pô, un garçon en casquette bleue tient une fourche près de vaches noires et blanches, devant une ferme ocre aux volets verts et des rangées de peupliers.' },
  { out: T('vaches-et-parmesan', 'cave-d-affinage.jpg'), draw: cheeseCellar, alt: 'Illustration : une cave d’affinage où des meules de fromage dorées sont alignées sur de hautes étagères en bois.' },
  { out: T('deux-semaines-en-transylvanie', 'cover.jpg'), draw: transylvania, alt: "Illustration : trois élèves avec des sacs à dos et leur professeur sur un chemin de Transylvanie, entre des meules de foin, des moutons et une église en bois au clocher pointu." },
  { out: T('deux-semaines-en-transylvanie', 'ruches.jpg'), draw: beehives, alt: 'Illustration : six ruches peintes en bleu, jaune, vert, orange et rose dans une prairie fleurie, au pied d’une forêt de sapins.' },
  { out: T('vendanges-dans-le-dao', 'cover.jpg'), draw: daoVineyard, alt: 'Illustration : des vendangeurs sur des terrasses de vigne chargées de raisin noir ; au premier plan, une jeune femme en casquette porte une caisse de raisin ; au fond, un manoir de pierre au toit de tuiles.' },
  { out: T('vendanges-dans-le-dao', 'caisses.jpg'), draw: grapeCrates, alt: 'Illustration : des caisses jaunes pleines de raisin noir empilées au bout des rangs de vigne.' },
  { out: T('vendanges-dans-le-dao', 'chai.jpg'), draw: wineCellar, alt: 'Illustration : un chai voûté où des tonneaux de bois sont rangés sur deux niveaux, sous une lampe à la lumière chaude.' },
  { out: T('stage-ofaj-dans-une-ferme-bavaroise', 'cover.jpg'), draw: bavarianFarm, alt: 'Illustration : une jeune femme en salopette bleue, une fourche à la main, près de vaches brun et blanc, devant une ferme bavaroise au balcon fleuri et des montagnes enneigées.' },
  { out: T('infirmiere-en-voyage-a-lublin', 'cover.jpg'), draw: lublinOldTown, alt: "Illustration : une femme en veste rouge, une trousse de secours à la main, lève le bras pour guider un groupe d'adolescents devant une porte de ville ancienne à horloge et des façades pastel." },
  { out: T('infirmiere-en-voyage-a-lublin', 'autocar.jpg'), draw: coachRoad, alt: 'Illustration : un autocar blanc à bande bleue sur une route de campagne bordée d’arbres aux couleurs d’automne.' },
  { out: T('enseigner-l-economie-agricole-en-finlande', 'cover.jpg'), draw: finnishClassroom, alt: 'Illustration : un enseignant en pull gris montre un graphique en barres sur un tableau blanc, devant des étudiants vus de dos ; par la grande fenêtre, des sapins sous la neige.' },
  { out: T('robots-de-traite-au-danemark', 'cover.jpg'), draw: danishFarm, alt: 'Illustration : un homme aux cheveux gris en veste bleue devant une exploitation danoise : longue étable moderne, maison de brique rouge, dôme vert de méthaniseur, vaches au pré et éoliennes.' },
  { out: T('robots-de-traite-au-danemark', 'robot.jpg'), draw: robotBarn, alt: 'Illustration : dans une étable claire, une vache noire et blanche se tient dans la stalle d’un robot de traite rouge ; d’autres vaches mangent au fond.' },
  { out: T('formation-a-cordoue-pour-enseigner-autrement', 'cover.jpg'), draw: trainingRoom, alt: 'Illustration : quatre enseignants assis à une grande table, des feuillets de couleur collés au mur ; par la fenêtre, des toits blancs et un clocher sous un ciel bleu.' },
  { out: T('observer-l-enseignement-agricole-au-quebec', 'cover.jpg'), draw: quebecAutumnSchool, alt: "Illustration : une femme en manteau gris, un carnet rouge à la main, devant un long bâtiment scolaire blanc au toit de tôle, entouré d'érables rouges et orangés." },
  { out: T('sortie-de-groupe-a-parme', 'cover.jpg'), draw: italianGarden, alt: "Illustration : un professeur lève le bras pour guider quatre élèves dans un jardin à l'italienne, entre des haies taillées, des cyprès et une fontaine, devant une villa ocre." },
  { out: 'news/visite-du-departement-retour-de-baviere.jpg', draw: schoolGreenhouseVisit, alt: 'Illustration : des visiteurs et des élèves discutent devant deux serres du lycée, sous un ciel de printemps.' },
  { out: 'news/delegation-finlandaise-a-valbonne.jpg', draw: schoolGroupPhoto, alt: 'Illustration : un groupe de neuf personnes pose devant le bâtiment blanc du lycée au toit d’ardoise, sous un ciel dégagé.' },
  { out: 'news/portes-ouvertes-2026-retour.jpg', draw: openDayHall, alt: 'Illustration : un hall décoré de fanions, avec des stands et des panneaux colorés ; des familles discutent avec des élèves.' },
  { out: 'news/partners-week-2026.jpg', draw: meetingRoom, alt: 'Illustration: five people seated at a long table in a meeting room, facing a screen that shows a rising bar chart.' },
  { out: 'news/portes-ouvertes-2027.jpg', draw: schoolOpenDay, alt: "Illustration : la façade blanche du lycée décorée de fanions et de ballons ; des familles arrivent par l'allée." },
];

async function main() {
  const filter = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const keepSvg = process.argv.includes('--svg');
  const list = SCENES.filter((s) => filter.length === 0 || filter.some((f) => s.out.includes(f)));
  for (const scene of list) {
    const svg = L.svgDoc(scene.draw());
    const out = path.join(root, scene.out);
    mkdirSync(path.dirname(out), { recursive: true });
    if (keepSvg) writeFileSync(out.replace(/\.jpg$/, '.svg'), svg);
    const info = await sharp(Buffer.from(svg), { density: 72 })
      .resize(W, H)
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 78, mozjpeg: true })
      .toFile(out);
    console.log(`${scene.out}  ${Math.round(info.size / 1024)} Ko`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
