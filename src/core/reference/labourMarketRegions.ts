import type { ReferenceItem, ReferenceList } from './referenceList';

/** A labour-market region with the province most of it lies in. */
export interface LabourMarketRegion extends ReferenceItem {
  /** Province id (PROVINCES) holding most of the region; boundaries differ from provinces. */
  province: string;
}

/**
 * The 35 labour-market regions (arbeidsmarktregio's, StatLine suffix "(AM)"). The list and its
 * order come from domain-research.md §5.3, which marks it as from memory: the ids AM01–AM35 follow
 * that order and may differ from CBS's own codes, so imports also match on the names.
 */
export const LABOUR_MARKET_REGIONS: ReferenceList<LabourMarketRegion> = {
  id: 'arbeidsmarktregios',
  referenceYear: 2022,
  source: 'UWV/CBS arbeidsmarktregio-indeling (35 regions); names from memory, verify against CBS Gebieden in Nederland',
  items: [
    { id: 'AM01', nl: 'Groningen', en: 'Groningen', province: 'PV20' },
    { id: 'AM02', nl: 'Friesland', en: 'Friesland', province: 'PV21', aliases: ['Fryslân'] },
    { id: 'AM03', nl: 'Drenthe', en: 'Drenthe', province: 'PV22' },
    { id: 'AM04', nl: 'Regio Zwolle', en: 'Zwolle region', province: 'PV23' },
    { id: 'AM05', nl: 'Twente', en: 'Twente', province: 'PV23' },
    { id: 'AM06', nl: 'Stedendriehoek en Noordwest Veluwe', en: 'Stedendriehoek and Northwest Veluwe', province: 'PV25' },
    { id: 'AM07', nl: 'Achterhoek', en: 'Achterhoek', province: 'PV25' },
    { id: 'AM08', nl: 'Midden-Gelderland', en: 'Central Gelderland', province: 'PV25' },
    { id: 'AM09', nl: 'Rijk van Nijmegen', en: 'Nijmegen region', province: 'PV25' },
    { id: 'AM10', nl: 'FoodValley', en: 'FoodValley', province: 'PV25', aliases: ['Food Valley'] },
    { id: 'AM11', nl: 'Rivierenland', en: 'Rivierenland', province: 'PV25' },
    { id: 'AM12', nl: 'Flevoland', en: 'Flevoland', province: 'PV24' },
    { id: 'AM13', nl: 'Midden-Utrecht', en: 'Central Utrecht', province: 'PV26' },
    { id: 'AM14', nl: 'Amersfoort', en: 'Amersfoort', province: 'PV26' },
    { id: 'AM15', nl: 'Gooi en Vechtstreek', en: 'Gooi and Vechtstreek', province: 'PV27' },
    { id: 'AM16', nl: 'Noord-Holland Noord', en: 'North Holland North', province: 'PV27' },
    { id: 'AM17', nl: 'Zaanstreek/Waterland', en: 'Zaanstreek/Waterland', province: 'PV27' },
    { id: 'AM18', nl: 'Zuid-Kennemerland en IJmond', en: 'South Kennemerland and IJmond', province: 'PV27' },
    { id: 'AM19', nl: 'Groot Amsterdam', en: 'Greater Amsterdam', province: 'PV27' },
    { id: 'AM20', nl: 'Holland Rijnland', en: 'Holland Rijnland', province: 'PV28' },
    { id: 'AM21', nl: 'Zuid-Holland Centraal', en: 'South Holland Central', province: 'PV28' },
    { id: 'AM22', nl: 'Haaglanden', en: 'Haaglanden', province: 'PV28' },
    { id: 'AM23', nl: 'Midden-Holland', en: 'Central Holland', province: 'PV28' },
    { id: 'AM24', nl: 'Rijnmond', en: 'Rijnmond', province: 'PV28' },
    { id: 'AM25', nl: 'Drechtsteden', en: 'Drechtsteden', province: 'PV28' },
    { id: 'AM26', nl: 'Gorinchem', en: 'Gorinchem', province: 'PV28' },
    { id: 'AM27', nl: 'Zeeland', en: 'Zeeland', province: 'PV29' },
    { id: 'AM28', nl: 'West-Brabant', en: 'West Brabant', province: 'PV30' },
    { id: 'AM29', nl: 'Midden-Brabant', en: 'Central Brabant', province: 'PV30' },
    { id: 'AM30', nl: 'Noordoost-Brabant', en: 'Northeast Brabant', province: 'PV30' },
    { id: 'AM31', nl: 'Zuidoost-Brabant', en: 'Southeast Brabant', province: 'PV30' },
    { id: 'AM32', nl: 'Helmond-De Peel', en: 'Helmond-De Peel', province: 'PV30' },
    { id: 'AM33', nl: 'Noord-Limburg', en: 'North Limburg', province: 'PV31' },
    { id: 'AM34', nl: 'Midden-Limburg', en: 'Central Limburg', province: 'PV31' },
    { id: 'AM35', nl: 'Zuid-Limburg', en: 'South Limburg', province: 'PV31' },
  ],
};
