import type { RoleChoice } from '../core/importPreview';
import type { Locale } from '../core/types';
import type { MessageKey } from './catalogue';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * The label of a column-role option in the current language (import area): an origin group names
 * its category, every other role is worded by its select value. The template literal type makes a
 * role value without a message a type error.
 */
export function wordRoleChoice(t: Translate, locale: Locale, choice: RoleChoice): string {
  if (choice.group === 'category') return t('import.role.category', { name: choice.category[locale] });
  return t(`import.role.${choice.value}`);
}
