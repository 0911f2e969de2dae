/*
 * Sweden's 21 county administrative boards (länsstyrelser), in SCB county-code order, as of 2025.
 *
 * Sources: förordning (2017:868) med länsstyrelseinstruktion; SCB's myndighetsregistret; lansstyrelsen.se.
 *
 * Name: the formal "Länsstyrelsen i X län". Alias: the short form the board uses of itself, "Länsstyrelsen" and
 * the county's landscape name ("Länsstyrelsen Skåne", "Länsstyrelsen Östergötland"); for the counties named
 * after their residence city the short form keeps "län" ("Länsstyrelsen Uppsala län"), except Stockholm, whose
 * board calls itself "Länsstyrelsen Stockholm".
 */
import type { KnownOrganisation } from './known-organisation.js';

const board = (name: string, ...aliases: string[]): KnownOrganisation => ({ name, aliases, kind: 'county-board' });

export const SWEDEN_COUNTY_BOARDS: readonly KnownOrganisation[] = [
  board('Länsstyrelsen i Stockholms län', 'Länsstyrelsen Stockholm'), // 01
  board('Länsstyrelsen i Uppsala län', 'Länsstyrelsen Uppsala län'), // 03
  board('Länsstyrelsen i Södermanlands län', 'Länsstyrelsen Södermanland'), // 04
  board('Länsstyrelsen i Östergötlands län', 'Länsstyrelsen Östergötland'), // 05
  board('Länsstyrelsen i Jönköpings län', 'Länsstyrelsen Jönköpings län'), // 06
  board('Länsstyrelsen i Kronobergs län', 'Länsstyrelsen Kronoberg'), // 07
  board('Länsstyrelsen i Kalmar län', 'Länsstyrelsen Kalmar län'), // 08
  board('Länsstyrelsen i Gotlands län', 'Länsstyrelsen Gotland'), // 09
  board('Länsstyrelsen i Blekinge län', 'Länsstyrelsen Blekinge'), // 10
  board('Länsstyrelsen i Skåne län', 'Länsstyrelsen Skåne'), // 12
  board('Länsstyrelsen i Hallands län', 'Länsstyrelsen Halland'), // 13
  board('Länsstyrelsen i Västra Götalands län', 'Länsstyrelsen Västra Götaland'), // 14
  board('Länsstyrelsen i Värmlands län', 'Länsstyrelsen Värmland'), // 17
  board('Länsstyrelsen i Örebro län', 'Länsstyrelsen Örebro län'), // 18
  board('Länsstyrelsen i Västmanlands län', 'Länsstyrelsen Västmanland'), // 19
  board('Länsstyrelsen i Dalarnas län', 'Länsstyrelsen Dalarna'), // 20
  board('Länsstyrelsen i Gävleborgs län', 'Länsstyrelsen Gävleborg'), // 21
  board('Länsstyrelsen i Västernorrlands län', 'Länsstyrelsen Västernorrland'), // 22
  board('Länsstyrelsen i Jämtlands län', 'Länsstyrelsen Jämtland'), // 23
  board('Länsstyrelsen i Västerbottens län', 'Länsstyrelsen Västerbotten'), // 24
  board('Länsstyrelsen i Norrbottens län', 'Länsstyrelsen Norrbotten'), // 25
];
