/** A recruitment funnel for three origins (herkomst), shared by the funnel tests. */
export const STAGES = ['sollicitanten', 'gesprek', 'aanbod', 'aangenomen'];
export const BY_STAGE = {
  sollicitanten: { nederland: 200, europa: 50, 'buiten-europa': 150 },
  gesprek: { nederland: 60, europa: 15, 'buiten-europa': 25 },
  aanbod: { nederland: 20, europa: 5, 'buiten-europa': 6 },
  aangenomen: { nederland: 18, europa: 4, 'buiten-europa': 5 },
};
