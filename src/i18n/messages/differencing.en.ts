import type { differencingNl } from './differencing.nl';

/** The English of differencing.nl.ts: the same keys, loaded when the user picks English. */
export const differencingEn = {
  'differencing.complement-group': "The group '{label}' looks like everyone minus a few: together with the whole organisation it reveals the group left out.",
  'differencing.small-complement': "The group '{label}' is the whole organisation minus {gap} people (fewer than {groupMin}): subtracting it from the organisation's figures reveals those people.",
  'differencing.small-complement.year': "The group '{label}' in {year} is the whole organisation minus {gap} people (fewer than {groupMin}): subtracting it from the organisation's figures reveals those people.",
  'differencing.grouping-changed': 'This dataset is grouped by other columns than the previous one: comparing the two can reveal small groups.',
  'differencing.grouping-changed.years': "The groups of '{dim}' differ between {before} and {after}: comparing the years can reveal the people who moved between groups.",
  'differencing.grouping-changed.previous': "The groups of '{dim}' differ from the previous dataset: comparing the two can reveal the people who moved between groups.",
} satisfies Record<keyof typeof differencingNl, string>;
