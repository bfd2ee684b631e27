import type { RecordType } from '../lib/openData.ts';
import { columns } from './resultLabels.ts';
import { formatNumber } from '../lib/numbers.ts';
import { localizedPath, useTranslations, type Lang } from '../i18n/ui.ts';

/** Everything /donnees/ (or /en/data/) shows: the files to download, their row count, each column explained. */
export function openDataView(rowCount: number, lang: Lang) {
  const t = useTranslations(lang);
  // "mobility, funding" → "mobility lines, funding lines" in the page's language.
  const recordLabel = (rowsOf: string) =>
    rowsOf === 'all'
      ? t('data.record.all')
      : rowsOf
          .split(', ')
          .map((r) => t(`data.record.${r as RecordType}`))
          .join(', ');
  return {
    // The files are the same in both languages: they live once, under /donnees/.
    files: {
      csv: localizedPath('fr', 'donnees/resultats.csv'),
      excel: localizedPath('fr', 'donnees/resultats-excel.csv'),
      json: localizedPath('fr', 'donnees/resultats.json'),
    },
    rowCount: t('data.rows', { n: formatNumber(rowCount, lang) }),
    columns: columns.map((c) => [c.name, recordLabel(c.rows), c.description[lang]]),
  };
}
