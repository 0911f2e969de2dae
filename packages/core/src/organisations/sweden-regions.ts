/*
 * Sweden's 21 regions, in SCB county-code order (01 Stockholms län … 25 Norrbottens län), as of 2025.
 *
 * Sources: SKR's list of regions ("Kommuner och regioner"); kommunallagen (2017:725) 1 kap. 1 § as amended by
 * Lag (2019:835) om ändring i kommunallagen (the designation "landsting" replaced by "region" from 2020-01-01);
 * lag (2010:630) om regionalt utvecklingsansvar; each region's own name as it uses it.
 *
 * Aliases: the county council ("landsting") names the same organisation had before it became a region, the
 * regionförbund that held the regional development responsibility (RUS) before it merged into the region, and
 * short forms that can only mean that region. Shortened spellings of the official name that the region itself
 * does not use ("Region Örebro", "Region Jönköping", "Region Kalmar") are deliberately not aliases, so they are
 * caught as misspellings of the full name.
 */
import type { KnownOrganisation } from './known-organisation.js';

const region = (name: string, ...aliases: string[]): KnownOrganisation => ({ name, aliases, kind: 'region' });

export const SWEDEN_REGIONS: readonly KnownOrganisation[] = [
  region('Region Stockholm', 'Stockholms läns landsting', 'SLL'),
  region('Region Uppsala', 'Landstinget i Uppsala län', 'Regionförbundet Uppsala län'),
  region(
    'Region Sörmland',
    'Landstinget Sörmland',
    'Landstinget i Södermanlands län',
    'Regionförbundet Sörmland',
  ),
  region('Region Östergötland', 'Landstinget i Östergötland', 'Regionförbundet Östsam'),
  region('Region Jönköpings län', 'Landstinget i Jönköpings län', 'Regionförbundet Jönköpings län'),
  region('Region Kronoberg', 'Landstinget Kronoberg', 'Regionförbundet södra Småland'),
  region('Region Kalmar län', 'Landstinget i Kalmar län', 'Regionförbundet i Kalmar län'),
  region('Region Gotland', 'Gotlands kommun'),
  region('Region Blekinge', 'Landstinget Blekinge'),
  region('Region Skåne'),
  region('Region Halland', 'Landstinget Halland'),
  region('Västra Götalandsregionen', 'Region Västra Götaland', 'VGR'),
  region('Region Värmland', 'Landstinget i Värmland'),
  region(
    'Region Örebro län',
    'Örebro läns landsting',
    'Regionförbundet Örebro län',
    'Regionförbundet Örebro',
  ),
  region('Region Västmanland', 'Landstinget Västmanland'),
  region('Region Dalarna', 'Landstinget Dalarna'),
  region('Region Gävleborg', 'Landstinget Gävleborg'),
  region('Region Västernorrland', 'Landstinget Västernorrland'),
  region('Region Jämtland Härjedalen', 'Jämtlands läns landsting', 'Regionförbundet Jämtlands län'),
  region('Region Västerbotten', 'Västerbottens läns landsting'),
  region('Region Norrbotten', 'Norrbottens läns landsting'),
];
