/**
 * The sentences of the differencing warnings (checkDifferencing returns codes and params;
 * wordIssue.ts words them). In the shell: the overview shows them.
 */
export const differencingNl = {
  'differencing.complement-group': "De groep '{label}' lijkt op iedereen op een paar na: samen met de hele organisatie verraadt die de weggelaten groep.",
  'differencing.small-complement': "De groep '{label}' is de hele organisatie min {gap} mensen (minder dan {groupMin}): wie die groep van de organisatie aftrekt, ziet die mensen.",
  'differencing.small-complement.year': "De groep '{label}' in {year} is de hele organisatie min {gap} mensen (minder dan {groupMin}): wie die groep van de organisatie aftrekt, ziet die mensen.",
  'differencing.grouping-changed': 'Deze dataset is anders ingedeeld dan de vorige: wie de twee vergelijkt, kan kleine groepen zien.',
  'differencing.grouping-changed.years': "De groepen van '{dim}' verschillen tussen {before} en {after}: wie de jaren vergelijkt, kan de mensen zien die van groep wisselden.",
  'differencing.grouping-changed.previous': "De groepen van '{dim}' verschillen van de vorige dataset: wie de twee vergelijkt, kan de mensen zien die van groep wisselden.",
};
