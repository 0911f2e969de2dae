import { describe, expect, it } from 'vitest';
import type { KnownOrganisation } from '../src/organisations/known-organisation.js';
import { SWEDEN_COUNTY_BOARDS } from '../src/organisations/sweden-county-boards.js';
import { SWEDEN_MUNICIPALITIES } from '../src/organisations/sweden-municipalities.js';
import { SWEDEN_NATIONAL_BODIES } from '../src/organisations/sweden-national-bodies.js';
import { SWEDEN_REGIONS } from '../src/organisations/sweden-regions.js';

/** NFC, whitespace collapsed, Swedish lower case: two texts a person would call the same name. */
const fold = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv');

const LISTS: Record<string, readonly KnownOrganisation[]> = {
  regions: SWEDEN_REGIONS,
  municipalities: SWEDEN_MUNICIPALITIES,
  'county boards': SWEDEN_COUNTY_BOARDS,
  'national bodies': SWEDEN_NATIONAL_BODIES,
};
const ALL = Object.values(LISTS).flat();
const spellings = (organisation: KnownOrganisation): string[] => [organisation.name, ...organisation.aliases];
const names = (list: readonly KnownOrganisation[]): string[] => list.map((organisation) => organisation.name);

/** The one organisation that is both a region and a municipality, under the same name in both lists. */
const GOTLAND = 'Region Gotland';

/** Municipalities per county in SCB code order (01 Stockholms län … 25 Norrbottens län): count, first and last. */
const COUNTIES: readonly { county: string; count: number; first: string; last: string }[] = [
  { county: 'Stockholms län', count: 26, first: 'Upplands Väsby kommun', last: 'Nynäshamns kommun' },
  { county: 'Uppsala län', count: 8, first: 'Håbo kommun', last: 'Östhammars kommun' },
  { county: 'Södermanlands län', count: 9, first: 'Vingåkers kommun', last: 'Trosa kommun' },
  { county: 'Östergötlands län', count: 13, first: 'Ödeshögs kommun', last: 'Mjölby kommun' },
  { county: 'Jönköpings län', count: 13, first: 'Aneby kommun', last: 'Tranås kommun' },
  { county: 'Kronobergs län', count: 8, first: 'Uppvidinge kommun', last: 'Ljungby kommun' },
  { county: 'Kalmar län', count: 12, first: 'Högsby kommun', last: 'Borgholms kommun' },
  { county: 'Gotlands län', count: 1, first: 'Region Gotland', last: 'Region Gotland' },
  { county: 'Blekinge län', count: 5, first: 'Olofströms kommun', last: 'Sölvesborgs kommun' },
  { county: 'Skåne län', count: 33, first: 'Svalövs kommun', last: 'Hässleholms kommun' },
  { county: 'Hallands län', count: 6, first: 'Hylte kommun', last: 'Kungsbacka kommun' },
  { county: 'Västra Götalands län', count: 49, first: 'Härryda kommun', last: 'Falköpings kommun' },
  { county: 'Värmlands län', count: 16, first: 'Kils kommun', last: 'Säffle kommun' },
  { county: 'Örebro län', count: 12, first: 'Lekebergs kommun', last: 'Lindesbergs kommun' },
  { county: 'Västmanlands län', count: 10, first: 'Skinnskattebergs kommun', last: 'Arboga kommun' },
  { county: 'Dalarnas län', count: 15, first: 'Vansbro kommun', last: 'Ludvika kommun' },
  { county: 'Gävleborgs län', count: 10, first: 'Ockelbo kommun', last: 'Hudiksvalls kommun' },
  { county: 'Västernorrlands län', count: 7, first: 'Ånge kommun', last: 'Örnsköldsviks kommun' },
  { county: 'Jämtlands län', count: 8, first: 'Ragunda kommun', last: 'Östersunds kommun' },
  { county: 'Västerbottens län', count: 15, first: 'Nordmalings kommun', last: 'Skellefteå kommun' },
  { county: 'Norrbottens län', count: 14, first: 'Arvidsjaurs kommun', last: 'Kiruna kommun' },
];

describe('Swedish organisations', () => {
  it('has 21 regions, 290 municipalities and 21 county boards', () => {
    expect(SWEDEN_REGIONS).toHaveLength(21);
    expect(SWEDEN_MUNICIPALITIES).toHaveLength(290);
    expect(SWEDEN_COUNTY_BOARDS).toHaveLength(21);
    expect(COUNTIES.reduce((sum, county) => sum + county.count, 0)).toBe(290);
  });

  it('gives each list its own kind', () => {
    expect(new Set(SWEDEN_REGIONS.map((organisation) => organisation.kind))).toEqual(new Set(['region']));
    expect(new Set(SWEDEN_MUNICIPALITIES.map((organisation) => organisation.kind))).toEqual(new Set(['municipality']));
    expect(new Set(SWEDEN_COUNTY_BOARDS.map((organisation) => organisation.kind))).toEqual(new Set(['county-board']));
    expect(new Set(SWEDEN_NATIONAL_BODIES.map((organisation) => organisation.kind))).toEqual(
      new Set(['national-body']),
    );
  });

  it.each(Object.entries(LISTS))('lists each of the %s once', (_, list) => {
    const folded = names(list).map(fold);
    expect(new Set(folded).size).toBe(folded.length);
  });

  it('writes every name and alias cleanly', () => {
    for (const text of ALL.flatMap(spellings)) {
      expect(text, JSON.stringify(text)).toBe(text.trim());
      expect(text, JSON.stringify(text)).not.toBe('');
      expect(text, JSON.stringify(text)).not.toMatch(/\||\s{2}|[\t\n\r\u00a0]/);
      expect(text, JSON.stringify(text)).toBe(text.normalize('NFC'));
    }
  });

  it('never lets two different organisations share a name or alias, within or across the lists', () => {
    // An organisation is known by its folded name; Gotland's two entries (region and municipality) are one.
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const organisation of ALL) {
      const identity = fold(organisation.name);
      for (const text of spellings(organisation)) {
        const seen = owner.get(fold(text));
        if (seen !== undefined && seen !== identity) clashes.push(`"${text}" is both ${seen} and ${identity}`);
        owner.set(fold(text), identity);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('shares a name across lists only for Region Gotland', () => {
    const listsOf = new Map<string, string[]>();
    for (const [listName, list] of Object.entries(LISTS)) {
      for (const name of names(list)) listsOf.set(fold(name), [...(listsOf.get(fold(name)) ?? []), listName]);
    }
    const shared = [...listsOf].filter(([, lists]) => lists.length > 1);
    expect(shared).toEqual([[fold(GOTLAND), ['regions', 'municipalities']]]);
    const region = SWEDEN_REGIONS.find((organisation) => organisation.name === GOTLAND);
    const municipality = SWEDEN_MUNICIPALITIES.find((organisation) => organisation.name === GOTLAND);
    expect(municipality).toEqual({ name: GOTLAND, aliases: ['Gotlands kommun'], kind: 'municipality' });
    expect(region?.aliases).toEqual(municipality?.aliases);
  });

  it("never gives an alias that is another organisation's name", () => {
    const nameOwners = new Map(ALL.map((organisation) => [fold(organisation.name), organisation.name]));
    for (const organisation of ALL) {
      for (const alias of organisation.aliases) {
        const owner = nameOwners.get(fold(alias));
        if (owner === undefined) continue;
        expect(fold(owner), `${alias} (alias of ${organisation.name})`).toBe(fold(organisation.name));
      }
    }
  });

  it('has no bare place name as a name or alias', () => {
    const places = new Set<string>();
    for (const name of names(SWEDEN_MUNICIPALITIES)) {
      const stem = / (kommun|stad)$/.test(fold(name)) ? fold(name).replace(/ (kommun|stad)$/, '') : undefined;
      if (stem !== undefined) places.add(stem).add(stem.replace(/s$/, ''));
    }
    places.add('gotland');
    for (const text of ALL.flatMap(spellings)) expect(places.has(fold(text)), text).toBe(false);
  });

  it('spells official names as the organisations do', () => {
    const municipalities = names(SWEDEN_MUNICIPALITIES);
    for (const name of [
      'Mora kommun',
      'Nora kommun',
      'Göteborgs Stad',
      'Region Gotland',
      'Falu kommun',
      'Malung-Sälens kommun',
      'Orust kommun',
      'Kalmar kommun',
      'Kalix kommun',
      'Marks kommun',
      'Dals-Eds kommun',
      'Upplands Väsby kommun',
      'Upplands-Bro kommun',
      'Lilla Edets kommun',
      'Borås Stad',
      'Stockholms stad',
    ]) {
      expect(municipalities).toContain(name);
    }
    expect(names(SWEDEN_REGIONS)).toEqual(
      expect.arrayContaining(['Region Gotland', 'Region Örebro län', 'Västra Götalandsregionen']),
    );
    expect(names(SWEDEN_COUNTY_BOARDS)).toEqual(
      expect.arrayContaining([
        'Länsstyrelsen i Värmlands län',
        'Länsstyrelsen i Skåne län',
        'Länsstyrelsen i Stockholms län',
      ]),
    );
    expect(names(SWEDEN_NATIONAL_BODIES)).toEqual(
      expect.arrayContaining(['Svenska ESF-rådet', 'Tillväxtverket', 'Sveriges Kommuner och Regioner']),
    );
  });

  it('gives the "stad" municipalities their "kommun" form as an alias', () => {
    const goteborg = SWEDEN_MUNICIPALITIES.find((organisation) => organisation.name === 'Göteborgs Stad');
    expect(goteborg?.aliases).toEqual(expect.arrayContaining(['Göteborgs stad', 'Göteborgs kommun']));
    for (const organisation of SWEDEN_MUNICIPALITIES) {
      const stad = / [sS]tad$/.exec(organisation.name);
      if (stad) expect(organisation.aliases).toContain(`${organisation.name.slice(0, stad.index)} kommun`);
    }
  });

  it('ends every municipality name in " kommun", " stad" or " Stad", Region Gotland apart', () => {
    for (const name of names(SWEDEN_MUNICIPALITIES)) {
      if (name !== GOTLAND) expect(name).toMatch(/ (kommun|stad|Stad)$/);
    }
  });

  it('lists the municipalities county by county in SCB code order', () => {
    let start = 0;
    for (const { county, count, first, last } of COUNTIES) {
      const slice = names(SWEDEN_MUNICIPALITIES.slice(start, start + count));
      expect([slice[0], slice.at(-1)], county).toEqual([first, last]);
      start += count;
    }
    expect(start).toBe(SWEDEN_MUNICIPALITIES.length);
  });

  it('does not accept shortened spellings of the official region names', () => {
    const known = new Set(ALL.flatMap(spellings).map(fold));
    for (const shortened of ['Region Örebro', 'Region Jönköping', 'Region Kalmar', 'Uppsala', 'Region Jämtland']) {
      expect(known.has(fold(shortened)), shortened).toBe(false);
    }
    expect(known.has(fold('Region Örebro län'))).toBe(true);
    expect(known.has(fold('stockholms läns landsting'))).toBe(true);
  });
});
