import { defineMessages } from '../defineMessages';

/** The settings screen: disclosure presets, language, theme and the storage status. */
export const settingsMessages = defineMessages({
  nl: {
    'settings.heading': 'Instellingen',
    'settings.preset.legend': 'Bescherming van personen',
    'settings.preset.intro':
      'Elk cijfer in de app, in een afdruk en in een export gaat eerst door deze regels. Een cijfer dat iets over één persoon zou verraden, wordt niet getoond maar vervangen door een punt (.).',
    'settings.preset.cbs': 'CBS-barometer',
    'settings.preset.standard': 'Standaard',
    'settings.preset.internal': 'Intern',
    'settings.preset.default': '(aanbevolen)',
    'settings.preset.rules': 'Een groep wordt getoond vanaf {groupMin} medewerkers; een aantal (behalve 0) vanaf {cellMin} medewerkers.',
    'settings.preset.cbsWhy': 'Dezelfde grenzen als de CBS-barometer: de strengste keuze, geschikt om cijfers buiten de organisatie te delen.',
    'settings.preset.standardWhy': 'Voor rapportage aan bestuur en ondernemingsraad: kleine afdelingen vallen weg, de rest blijft zichtbaar.',
    'settings.preset.internalWhy': 'Alleen voor een kleine kring die de cijfers toch al mag zien. Lager dan dit kan niet.',
    'settings.preset.current': 'Nu toegepast: groepen vanaf {groupMin}, aantallen vanaf {cellMin}.',
    'settings.explain.heading': 'Hoe de bescherming werkt',
    'settings.explain.group': 'Te kleine groep: heeft een groep minder medewerkers dan de grens, dan worden het totaal en alle herkomstcijfers van die groep verborgen.',
    'settings.explain.cell': 'Te klein aantal: een aantal onder de grens wordt verborgen, omdat het over een handvol herkenbare mensen gaat. Een 0 mag wel getoond worden.',
    'settings.explain.attribute':
      'Iedereen dezelfde herkomst: als (bijna) iedereen in een groep dezelfde herkomst heeft – op minder dan {cellMin} mensen na – dan verraadt de groep de herkomst van elke medewerker. Dan worden alle herkomstcijfers van die groep verborgen, niet alleen het grootste, zodat ook niet te zien is welke herkomst het is. Alleen het totaal blijft staan.',
    'settings.explain.complementary':
      'Niet terug te rekenen: een verborgen cijfer mag niet volgen uit totalen, andere groepen of een ander jaar. Waar dat wel zou kunnen, wordt nog een cijfer verborgen – zo weinig mogelijk.',
    'settings.language.legend': 'Taal',
    'settings.theme.legend': 'Weergave',
    'settings.theme.system': 'Zoals het systeem',
    'settings.theme.light': 'Licht',
    'settings.theme.dark': 'Donker',
    'settings.storage.heading': 'Opslag in deze browser',
    'settings.storage.memory': 'Deze browser slaat niets op: alles gaat verloren bij herladen. Maak een back-up om uw gegevens te bewaren.',
    'settings.storage.persist.granted': 'De browser bewaart uw gegevens blijvend: ze worden niet automatisch opgeruimd.',
    'settings.storage.persist.already': 'De browser bewaart uw gegevens blijvend: ze worden niet automatisch opgeruimd.',
    'settings.storage.persist.denied':
      'De browser heeft blijvende opslag geweigerd: bij ruimtegebrek of na lang niet gebruiken kan hij uw gegevens opruimen. Maak regelmatig een back-up.',
    'settings.storage.persist.unsupported': 'Deze browser kan niet beloven uw gegevens te bewaren. Maak regelmatig een back-up.',
    'settings.storage.persist.error': 'Het vragen om blijvende opslag is mislukt. Maak regelmatig een back-up.',
    'settings.storage.persist.none': 'Blijvende opslag wordt gevraagd zodra u voor het eerst gegevens opslaat.',
    'settings.storage.usage': 'In gebruik: {usage} van {quota} beschikbaar.',
    'settings.storage.noEstimate': 'De browser meldt niet hoeveel ruimte er is.',
    'settings.storage.lastBackup': 'Laatste back-up: {date}.',
    'settings.storage.noBackup': 'Er is nog geen back-up gemaakt.',
    'settings.storage.reminder':
      'Uw nieuwste gegevens staan al meer dan {days} dagen alleen in deze browser. Sommige browsers (zoals Safari) wissen sitegegevens na 7 dagen zonder gebruik. Maak een back-up.',
  },
  en: {
    'settings.heading': 'Settings',
    'settings.preset.legend': 'Protection of individuals',
    'settings.preset.intro':
      'Every figure in the app, in a print and in an export passes these rules first. A figure that would give away something about one person is not shown but replaced by a dot (.).',
    'settings.preset.cbs': 'CBS barometer',
    'settings.preset.standard': 'Standard',
    'settings.preset.internal': 'Internal',
    'settings.preset.default': '(recommended)',
    'settings.preset.rules': 'A group is shown from {groupMin} staff; a count (other than 0) from {cellMin} staff.',
    'settings.preset.cbsWhy': 'The same limits as the CBS barometer: the strictest choice, suitable for sharing figures outside the organisation.',
    'settings.preset.standardWhy': 'For reports to the board and the works council: small units drop out, the rest stays visible.',
    'settings.preset.internalWhy': 'Only for a small circle that may see the figures anyway. It cannot go lower than this.',
    'settings.preset.current': 'Applied now: groups from {groupMin}, counts from {cellMin}.',
    'settings.explain.heading': 'How the protection works',
    'settings.explain.group': 'Group too small: when a group has fewer staff than the limit, its total and every origin figure are hidden.',
    'settings.explain.cell': 'Count too small: a count under the limit is hidden, because it is about a handful of recognisable people. A 0 may be shown.',
    'settings.explain.attribute':
      'Everyone of the same origin: when (nearly) everyone in a group has the same origin – all but fewer than {cellMin} people – the group gives away the origin of each member. Then every origin figure of that group is hidden, not only the largest, so that it does not show which origin it is. Only the total stays.',
    'settings.explain.complementary':
      'Not recomputable: a hidden figure must not follow from totals, other groups or another year. Where it could, one more figure is hidden – as few as possible.',
    'settings.language.legend': 'Language',
    'settings.theme.legend': 'Appearance',
    'settings.theme.system': 'As the system',
    'settings.theme.light': 'Light',
    'settings.theme.dark': 'Dark',
    'settings.storage.heading': 'Storage in this browser',
    'settings.storage.memory': 'This browser saves nothing: everything is lost on reload. Make a backup to keep your data.',
    'settings.storage.persist.granted': 'The browser keeps your data permanently: they are not cleared automatically.',
    'settings.storage.persist.already': 'The browser keeps your data permanently: they are not cleared automatically.',
    'settings.storage.persist.denied':
      'The browser refused permanent storage: when space runs low or after a long time unused it may clear your data. Make backups regularly.',
    'settings.storage.persist.unsupported': 'This browser cannot promise to keep your data. Make backups regularly.',
    'settings.storage.persist.error': 'Asking for permanent storage failed. Make backups regularly.',
    'settings.storage.persist.none': 'Permanent storage is requested as soon as you first save data.',
    'settings.storage.usage': 'In use: {usage} of {quota} available.',
    'settings.storage.noEstimate': 'The browser does not say how much space there is.',
    'settings.storage.lastBackup': 'Last backup: {date}.',
    'settings.storage.noBackup': 'No backup has been made yet.',
    'settings.storage.reminder':
      'Your newest data have been only in this browser for more than {days} days. Some browsers (such as Safari) clear site data after 7 days without use. Make a backup.',
  },
});
