import type { ReferenceList } from './referenceList';

/** SBI 2008 sections A–U with CBS short names (DOMAIN.md §3, domain-research.md §5.1). */
export const SBI_SECTIONS: ReferenceList = {
  id: 'sbi2008-sections',
  referenceYear: 2008,
  source: 'CBS, Standaard Bedrijfsindeling 2008; short names as used on StatLine',
  items: [
    { id: 'A', nl: 'Landbouw, bosbouw en visserij', en: 'Agriculture, forestry and fishing' },
    { id: 'B', nl: 'Delfstoffenwinning', en: 'Mining and quarrying' },
    { id: 'C', nl: 'Industrie', en: 'Manufacturing' },
    { id: 'D', nl: 'Energievoorziening', en: 'Energy supply' },
    { id: 'E', nl: 'Waterbedrijven en afvalbeheer', en: 'Water supply and waste management' },
    { id: 'F', nl: 'Bouwnijverheid', en: 'Construction' },
    { id: 'G', nl: 'Handel', en: 'Wholesale and retail trade', aliases: ["Groot- en detailhandel; reparatie van auto's"] },
    { id: 'H', nl: 'Vervoer en opslag', en: 'Transportation and storage' },
    { id: 'I', nl: 'Horeca', en: 'Accommodation and food services', aliases: ['Logies-, maaltijd- en drankverstrekking'] },
    { id: 'J', nl: 'Informatie en communicatie', en: 'Information and communication' },
    { id: 'K', nl: 'Financiële dienstverlening', en: 'Financial services', aliases: ['Financiële instellingen'] },
    { id: 'L', nl: 'Verhuur en handel van onroerend goed', en: 'Real estate activities' },
    { id: 'M', nl: 'Specialistische zakelijke diensten', en: 'Professional, scientific and technical services' },
    { id: 'N', nl: 'Verhuur en overige zakelijke diensten', en: 'Administrative and support services (incl. temporary-employment agencies)' },
    { id: 'O', nl: 'Openbaar bestuur en overheidsdiensten', en: 'Public administration and services' },
    { id: 'P', nl: 'Onderwijs', en: 'Education' },
    { id: 'Q', nl: 'Gezondheids- en welzijnszorg', en: 'Human health and social work' },
    { id: 'R', nl: 'Cultuur, sport en recreatie', en: 'Culture, sports and recreation' },
    { id: 'S', nl: 'Overige dienstverlening', en: 'Other service activities' },
    { id: 'T', nl: 'Huishoudens', en: 'Households as employers' },
    { id: 'U', nl: 'Extraterritoriale organisaties', en: 'Extraterritorial organisations' },
  ],
};
