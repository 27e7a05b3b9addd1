import '@testing-library/jest-dom/vitest';
import { loadMessages } from './src/i18n/translate';
import { LAZY_AREAS, type LazyArea } from './src/i18n/catalogue';

// Components are rendered on their own here, without the screen loader that brings their
// messages in the app: load every area up front.
await loadMessages(Object.keys(LAZY_AREAS) as LazyArea[]);
