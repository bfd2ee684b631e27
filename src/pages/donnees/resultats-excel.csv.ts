import type { APIRoute } from 'astro';
import { getOpenDataRows } from '../../data/results.ts';
import { excelValues } from '../../data/resultLabels.ts';
import { toExcelCsv } from '../../lib/openData.ts';

/** /donnees/resultats-excel.csv: the same rows as resultats.csv, for a double click in French Excel (docs/open-data.md). */
export const GET: APIRoute = async () =>
  new Response(toExcelCsv(await getOpenDataRows(), excelValues), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
