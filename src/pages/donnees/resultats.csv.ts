import type { APIRoute } from 'astro';
import { getOpenDataRows } from '../../data/results.ts';
import { toCsv } from '../../lib/openData.ts';

/** /donnees/resultats.csv: one row per mobility, funding and support line (columns: docs/open-data.md). */
export const GET: APIRoute = async () =>
  new Response(toCsv(await getOpenDataRows()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
