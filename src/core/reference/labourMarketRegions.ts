import type { ReferenceItem, ReferenceList } from './referenceList';

/** A labour-market region with the province most of it lies in. */
export interface LabourMarketRegion extends ReferenceItem {
  /** Province id (PROVINCES) holding most of the region; boundaries differ from provinces. */
  province: string;
}

/**
 * The 35 labour-market regions (arbeidsmarktregio's, StatLine suffix "(AM)") with CBS's own codes
 * AM01–AM38 (there is no AM04, AM16 or AM31) and names, from CBS 84916NED (2022), copied to
 * data/cbs/codes/. Until schema step "labour-market region codes" ids followed an invented order;
 * saved profiles were migrated then.
 */
export const LABOUR_MARKET_REGIONS: ReferenceList<LabourMarketRegion> = {
  id: 'arbeidsmarktregios',
  referenceYear: 2022,
  source: 'CBS StatLine 84916NED, arbeidsmarktregio-indeling 2022 (codes and names); AM06 is called Veluwe Stedendriehoek from 2024',
  items: [
    { id: 'AM01', nl: 'Groningen', en: 'Groningen', province: 'PV20' },
    { id: 'AM02', nl: 'Friesland', en: 'Friesland', province: 'PV21', aliases: ['Fryslân'] },
    { id: 'AM03', nl: 'Drenthe', en: 'Drenthe', province: 'PV22' },
    { id: 'AM05', nl: 'Twente', en: 'Twente', province: 'PV23' },
    { id: 'AM06', nl: 'Stedendriehoek en Noordwest Veluwe', en: 'Stedendriehoek and Northwest Veluwe', province: 'PV25', aliases: ['Veluwe Stedendriehoek'] },
    { id: 'AM07', nl: 'Midden-Gelderland', en: 'Central Gelderland', province: 'PV25' },
    { id: 'AM08', nl: 'Rijk van Nijmegen', en: 'Nijmegen region', province: 'PV25' },
    { id: 'AM09', nl: 'Achterhoek', en: 'Achterhoek', province: 'PV25' },
    { id: 'AM10', nl: 'Rivierenland', en: 'Rivierenland', province: 'PV25' },
    { id: 'AM11', nl: 'Flevoland', en: 'Flevoland', province: 'PV24' },
    { id: 'AM12', nl: 'Gooi en Vechtstreek', en: 'Gooi and Vechtstreek', province: 'PV27' },
    { id: 'AM13', nl: 'Midden-Utrecht', en: 'Central Utrecht', province: 'PV26' },
    { id: 'AM14', nl: 'Amersfoort', en: 'Amersfoort', province: 'PV26' },
    { id: 'AM15', nl: 'Noord-Holland Noord', en: 'North Holland North', province: 'PV27' },
    { id: 'AM17', nl: 'Zaanstreek/Waterland', en: 'Zaanstreek/Waterland', province: 'PV27' },
    { id: 'AM18', nl: 'Groot Amsterdam', en: 'Greater Amsterdam', province: 'PV27' },
    { id: 'AM19', nl: 'Holland Rijnland', en: 'Holland Rijnland', province: 'PV28' },
    { id: 'AM20', nl: 'Midden-Holland', en: 'Central Holland', province: 'PV28' },
    { id: 'AM21', nl: 'Haaglanden', en: 'Haaglanden', province: 'PV28' },
    { id: 'AM22', nl: 'Rijnmond', en: 'Rijnmond', province: 'PV28' },
    { id: 'AM23', nl: 'Drechtsteden', en: 'Drechtsteden', province: 'PV28' },
    { id: 'AM24', nl: 'Zeeland', en: 'Zeeland', province: 'PV29' },
    { id: 'AM25', nl: 'West-Brabant', en: 'West Brabant', province: 'PV30' },
    { id: 'AM26', nl: 'Midden-Brabant', en: 'Central Brabant', province: 'PV30' },
    { id: 'AM27', nl: 'Noordoost-Brabant', en: 'Northeast Brabant', province: 'PV30' },
    { id: 'AM28', nl: 'Zuidoost-Brabant', en: 'Southeast Brabant', province: 'PV30' },
    { id: 'AM29', nl: 'Noord-Limburg', en: 'North Limburg', province: 'PV31' },
    { id: 'AM30', nl: 'Zuid-Limburg', en: 'South Limburg', province: 'PV31' },
    { id: 'AM32', nl: 'Helmond-De Peel', en: 'Helmond-De Peel', province: 'PV30' },
    { id: 'AM33', nl: 'Midden-Limburg', en: 'Central Limburg', province: 'PV31' },
    { id: 'AM34', nl: 'Zuid-Holland Centraal', en: 'South Holland Central', province: 'PV28' },
    { id: 'AM35', nl: 'Gorinchem', en: 'Gorinchem', province: 'PV28' },
    { id: 'AM36', nl: 'Regio Zwolle', en: 'Zwolle region', province: 'PV23' },
    { id: 'AM37', nl: 'Zuid-Kennemerland en IJmond', en: 'South Kennemerland and IJmond', province: 'PV27' },
    { id: 'AM38', nl: 'FoodValley', en: 'FoodValley', province: 'PV25', aliases: ['Food Valley'] },
  ],
};
