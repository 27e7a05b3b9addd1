import type { ReferenceList } from './referenceList';

/** The 12 provinces with their CBS region codes (StatLine suffix "(PV)"). */
export const PROVINCES: ReferenceList = {
  id: 'provinces',
  referenceYear: 2019,
  source: 'CBS StatLine 84703NED / 85494NED region labels; codes PV20–PV31 as in CBS Gebieden in Nederland',
  items: [
    { id: 'PV20', nl: 'Groningen', en: 'Groningen' },
    { id: 'PV21', nl: 'Fryslân', en: 'Fryslân', aliases: ['Friesland'] },
    { id: 'PV22', nl: 'Drenthe', en: 'Drenthe' },
    { id: 'PV23', nl: 'Overijssel', en: 'Overijssel' },
    { id: 'PV24', nl: 'Flevoland', en: 'Flevoland' },
    { id: 'PV25', nl: 'Gelderland', en: 'Gelderland' },
    { id: 'PV26', nl: 'Utrecht', en: 'Utrecht' },
    { id: 'PV27', nl: 'Noord-Holland', en: 'North Holland' },
    { id: 'PV28', nl: 'Zuid-Holland', en: 'South Holland' },
    { id: 'PV29', nl: 'Zeeland', en: 'Zeeland' },
    { id: 'PV30', nl: 'Noord-Brabant', en: 'North Brabant' },
    { id: 'PV31', nl: 'Limburg', en: 'Limburg' },
  ],
};
