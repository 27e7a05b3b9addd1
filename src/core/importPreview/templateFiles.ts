import type { Locale } from '../types';
import { templateCsv, type TemplateShape } from '../import/templateCsv';
import { sanitiseFileName } from '../export/sanitiseFileName';

/** A downloadable template: one shape in one language. */
export interface TemplateFile {
  shape: TemplateShape;
  locale: Locale;
  fileName: string;
  text: string;
}

const SHAPES: TemplateShape[] = ['long', 'wide', 'percentages'];
const TITLES: Record<Locale, Record<TemplateShape, string>> = {
  nl: { long: 'Barometer sjabloon lange tabel', wide: 'Barometer sjabloon brede tabel', percentages: 'Barometer sjabloon percentages' },
  en: { long: 'Barometer template long table', wide: 'Barometer template wide table', percentages: 'Barometer template percentages' },
};

/** Every template, Dutch first, each with a safe file name. */
export function templateFiles(): TemplateFile[] {
  return (['nl', 'en'] as const).flatMap((locale) =>
    SHAPES.map((shape) => ({ shape, locale, fileName: sanitiseFileName(`${TITLES[locale][shape]}.csv`), text: templateCsv(shape, locale) })),
  );
}
