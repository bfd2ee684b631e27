// Checks the content folder with the site's schemas and prints French errors naming file,
// line and field. `npm run build` runs it first; `--warn-only` (dev server) never fails.
import { buildDay } from '../src/lib/dates.ts';
import { imageChecksCacheFile } from '../src/lib/imageFiles.ts';
import { formatReport, validateContent } from '../src/lib/validation.ts';

const warnOnly = process.argv.includes('--warn-only');
const report = await validateContent({ today: buildDay(), includeDrafts: warnOnly, imageCache: imageChecksCacheFile() });
const output = formatReport(report);
if (report.errors.length > 0) console.error(output);
else console.log(output);
process.exit(report.errors.length > 0 && !warnOnly ? 1 : 0);
