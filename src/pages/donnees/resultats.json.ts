import type { APIRoute } from 'astro';
import { getSettings } from '../../data/site.ts';
import { getOpenDataRows } from '../../data/results.ts';
import { columns } from '../../data/resultLabels.ts';
import { openDataLicence } from '../../lib/openData.ts';

/** /donnees/resultats.json: the rows of resultats.csv, with the description of each column. */
export const GET: APIRoute = async ({ site }) => {
  const [rows, settings] = await Promise.all([getOpenDataRows(), getSettings()]);
  const body = {
    title: `Mobilités internationales, financements et soutiens — ${settings.school.name}`,
    publisher: settings.school.legalName,
    source: new URL('/donnees/', site ?? settings.siteUrl).href,
    licence: openDataLicence,
    columns: columns.map((c) => ({ name: c.name, rows: c.rows, description: c.description })),
    rows,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
