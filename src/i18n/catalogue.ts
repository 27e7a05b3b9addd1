import { importMessages } from './messages/import';
import { appMessages } from './messages/app';
import { analysisMessages } from './messages/analysis';
import { trendsTargetsMessages } from './messages/trendsTargets';
import { exportMessages } from './messages/export';
import { settingsMessages } from './messages/settings';
import { safetyMessages } from './messages/safety';
import { benchmarksMessages } from './messages/benchmarks';

/**
 * Every area's messages, merged. Each area keeps its own file in messages/ so that screens can be
 * built side by side; keys are prefixed by area and must not collide (the catalogue test checks).
 */
export const AREAS = [appMessages, analysisMessages, trendsTargetsMessages, importMessages, exportMessages, settingsMessages, safetyMessages, benchmarksMessages] as const;

type AreaKeys<T> = T extends { nl: Record<infer K, string> } ? K : never;
export type MessageKey = AreaKeys<(typeof AREAS)[number]>;

export const nl = Object.assign({}, ...AREAS.map((a) => a.nl)) as Record<MessageKey, string>;
export const en = Object.assign({}, ...AREAS.map((a) => a.en)) as Record<MessageKey, string>;
