/*
 * National bodies that regional development (RUS) surveys are sent to: government agencies, the Government
 * Offices and the ministry responsible for regional growth, and SKR (the municipalities' and regions' member
 * organisation, not an agency), as of 2025.
 *
 * Sources: SCB's myndighetsregistret (agency names); each agency's instruktion (formal names, given as aliases
 * where the agency goes by a shorter one); regeringen.se; skr.se.
 *
 * Aliases: formal and earlier names of the same body, and abbreviations that can only mean it. MSB is listed
 * under its 2025 name (it becomes Myndigheten för civilt försvar on 2026-01-01).
 */
import type { KnownOrganisation } from './known-organisation.js';

const body = (name: string, ...aliases: string[]): KnownOrganisation => ({ name, aliases, kind: 'national-body' });

export const SWEDEN_NATIONAL_BODIES: readonly KnownOrganisation[] = [
  body('Svenska ESF-rådet', 'ESF-rådet', 'Rådet för Europeiska socialfonden i Sverige'),
  body('Tillväxtverket', 'Verket för ekonomisk och regional tillväxt'),
  body('Sveriges Kommuner och Regioner', 'SKR', 'Sveriges Kommuner och Landsting', 'SKL'),
  body('Myndigheten för tillväxtpolitiska utvärderingar och analyser', 'Tillväxtanalys'),
  body('Boverket'),
  body('Trafikverket'),
  body('Vinnova', 'Verket för innovationssystem'),
  body('Naturvårdsverket', 'Statens naturvårdsverk'),
  body('Arbetsförmedlingen'),
  body('Jordbruksverket', 'Statens jordbruksverk'),
  body('Energimyndigheten', 'Statens energimyndighet'),
  body(
    'Formas',
    'Forskningsrådet för hållbar utveckling',
    'Forskningsrådet för miljö, areella näringar och samhällsbyggande',
  ),
  body('Statistiska centralbyrån', 'SCB'),
  body('Regeringskansliet'),
  body('Näringsdepartementet'),
  body('Landsbygdsnätverket'),
  body('Folkhälsomyndigheten'),
  body('Myndigheten för samhällsskydd och beredskap', 'MSB'),
  body('Post- och telestyrelsen', 'PTS'),
  body('Kulturrådet', 'Statens kulturråd'),
  body('Riksantikvarieämbetet'),
  body('Havs- och vattenmyndigheten'),
  body('Sametinget'),
  body('Skolverket', 'Statens skolverk'),
  body('Myndigheten för yrkeshögskolan'),
];
