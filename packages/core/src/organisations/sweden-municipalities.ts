/*
 * Sweden's 290 municipalities, in SCB's code order ("Kommuner och län, kodnummerordning": county by county,
 * and within a county by municipality code; the code is in the comment after each entry), as of 2025.
 *
 * Sources: SCB, "Kommuner och län, kodnummerordning" (the 2025 list); SKR's list of municipalities ("Kommuner och
 * regioner"); each municipality's own name as it uses it.
 *
 * Name: the official form "X kommun" with the Swedish genitive (no -s after a vowel or s/x/z: "Mora kommun",
 * "Grums kommun", "Kalix kommun"; -s after other consonants: "Danderyds kommun"; irregular: "Falu kommun",
 * "Orust kommun", "Kalmar kommun"), or "X stad"/"X Stad" for the municipalities that call themselves that, which
 * then have the "X kommun" form as an alias. Gotland is the municipality Region Gotland (also in SWEDEN_REGIONS).
 * No bare place names as aliases: "Uppsala" could as well mean Region Uppsala.
 */
import type { KnownOrganisation } from './known-organisation.js';

const m = (name: string, ...aliases: string[]): KnownOrganisation => ({ name, aliases, kind: 'municipality' });

export const SWEDEN_MUNICIPALITIES: readonly KnownOrganisation[] = [
  // 01 Stockholms län (26)
  m('Upplands Väsby kommun'), // 0114
  m('Vallentuna kommun'), // 0115
  m('Österåkers kommun'), // 0117
  m('Värmdö kommun'), // 0120
  m('Järfälla kommun'), // 0123
  m('Ekerö kommun'), // 0125
  m('Huddinge kommun'), // 0126
  m('Botkyrka kommun'), // 0127
  m('Salems kommun'), // 0128
  m('Haninge kommun'), // 0136
  m('Tyresö kommun'), // 0138
  m('Upplands-Bro kommun'), // 0139
  m('Nykvarns kommun'), // 0140
  m('Täby kommun'), // 0160
  m('Danderyds kommun'), // 0162
  m('Sollentuna kommun'), // 0163
  m('Stockholms stad', 'Stockholms kommun'), // 0180
  m('Södertälje kommun'), // 0181
  m('Nacka kommun'), // 0182
  m('Sundbybergs stad', 'Sundbybergs kommun'), // 0183
  m('Solna stad', 'Solna kommun'), // 0184
  m('Lidingö stad', 'Lidingö kommun'), // 0186
  m('Vaxholms stad', 'Vaxholms kommun'), // 0187
  m('Norrtälje kommun'), // 0188
  m('Sigtuna kommun'), // 0191
  m('Nynäshamns kommun'), // 0192

  // 03 Uppsala län (8)
  m('Håbo kommun'), // 0305
  m('Älvkarleby kommun'), // 0319
  m('Knivsta kommun'), // 0330
  m('Heby kommun'), // 0331
  m('Tierps kommun'), // 0360
  m('Uppsala kommun'), // 0380
  m('Enköpings kommun'), // 0381
  m('Östhammars kommun'), // 0382

  // 04 Södermanlands län (9)
  m('Vingåkers kommun'), // 0428
  m('Gnesta kommun'), // 0461
  m('Nyköpings kommun'), // 0480
  m('Oxelösunds kommun'), // 0481
  m('Flens kommun'), // 0482
  m('Katrineholms kommun'), // 0483
  m('Eskilstuna kommun'), // 0484
  m('Strängnäs kommun'), // 0486
  m('Trosa kommun'), // 0488

  // 05 Östergötlands län (13)
  m('Ödeshögs kommun'), // 0509
  m('Ydre kommun'), // 0512
  m('Kinda kommun'), // 0513
  m('Boxholms kommun'), // 0560
  m('Åtvidabergs kommun'), // 0561
  m('Finspångs kommun'), // 0562
  m('Valdemarsviks kommun'), // 0563
  m('Linköpings kommun'), // 0580
  m('Norrköpings kommun'), // 0581
  m('Söderköpings kommun'), // 0582
  m('Motala kommun'), // 0583
  m('Vadstena kommun'), // 0584
  m('Mjölby kommun'), // 0586

  // 06 Jönköpings län (13)
  m('Aneby kommun'), // 0604
  m('Gnosjö kommun'), // 0617
  m('Mullsjö kommun'), // 0642
  m('Habo kommun'), // 0643
  m('Gislaveds kommun'), // 0662
  m('Vaggeryds kommun'), // 0665
  m('Jönköpings kommun'), // 0680
  m('Nässjö kommun'), // 0682
  m('Värnamo kommun'), // 0683
  m('Sävsjö kommun'), // 0684
  m('Vetlanda kommun'), // 0685
  m('Eksjö kommun'), // 0686
  m('Tranås kommun'), // 0687

  // 07 Kronobergs län (8)
  m('Uppvidinge kommun'), // 0760
  m('Lessebo kommun'), // 0761
  m('Tingsryds kommun'), // 0763
  m('Alvesta kommun'), // 0764
  m('Älmhults kommun'), // 0765
  m('Markaryds kommun'), // 0767
  m('Växjö kommun'), // 0780
  m('Ljungby kommun'), // 0781

  // 08 Kalmar län (12)
  m('Högsby kommun'), // 0821
  m('Torsås kommun'), // 0834
  m('Mörbylånga kommun'), // 0840
  m('Hultsfreds kommun'), // 0860
  m('Mönsterås kommun'), // 0861
  m('Emmaboda kommun'), // 0862
  m('Kalmar kommun'), // 0880
  m('Nybro kommun'), // 0881
  m('Oskarshamns kommun'), // 0882
  m('Västerviks kommun'), // 0883
  m('Vimmerby kommun'), // 0884
  m('Borgholms kommun'), // 0885

  // 09 Gotlands län (1)
  m('Region Gotland', 'Gotlands kommun'), // 0980

  // 10 Blekinge län (5)
  m('Olofströms kommun'), // 1060
  m('Karlskrona kommun'), // 1080
  m('Ronneby kommun'), // 1081
  m('Karlshamns kommun'), // 1082
  m('Sölvesborgs kommun'), // 1083

  // 12 Skåne län (33)
  m('Svalövs kommun'), // 1214
  m('Staffanstorps kommun'), // 1230
  m('Burlövs kommun'), // 1231
  m('Vellinge kommun'), // 1233
  m('Östra Göinge kommun'), // 1256
  m('Örkelljunga kommun'), // 1257
  m('Bjuvs kommun'), // 1260
  m('Kävlinge kommun'), // 1261
  m('Lomma kommun'), // 1262
  m('Svedala kommun'), // 1263
  m('Skurups kommun'), // 1264
  m('Sjöbo kommun'), // 1265
  m('Hörby kommun'), // 1266
  m('Höörs kommun'), // 1267
  m('Tomelilla kommun'), // 1270
  m('Bromölla kommun'), // 1272
  m('Osby kommun'), // 1273
  m('Perstorps kommun'), // 1275
  m('Klippans kommun'), // 1276
  m('Åstorps kommun'), // 1277
  m('Båstads kommun'), // 1278
  m('Malmö stad', 'Malmö kommun'), // 1280
  m('Lunds kommun'), // 1281
  m('Landskrona stad', 'Landskrona kommun'), // 1282
  m('Helsingborgs stad', 'Helsingborgs kommun'), // 1283
  m('Höganäs kommun'), // 1284
  m('Eslövs kommun'), // 1285
  m('Ystads kommun'), // 1286
  m('Trelleborgs kommun'), // 1287
  m('Kristianstads kommun'), // 1290
  m('Simrishamns kommun'), // 1291
  m('Ängelholms kommun'), // 1292
  m('Hässleholms kommun'), // 1293

  // 13 Hallands län (6)
  m('Hylte kommun'), // 1315
  m('Halmstads kommun'), // 1380
  m('Laholms kommun'), // 1381
  m('Falkenbergs kommun'), // 1382
  m('Varbergs kommun'), // 1383
  m('Kungsbacka kommun'), // 1384

  // 14 Västra Götalands län (49)
  m('Härryda kommun'), // 1401
  m('Partille kommun'), // 1402
  m('Öckerö kommun'), // 1407
  m('Stenungsunds kommun'), // 1415
  m('Tjörns kommun'), // 1419
  m('Orust kommun'), // 1421
  m('Sotenäs kommun'), // 1427
  m('Munkedals kommun'), // 1430
  m('Tanums kommun'), // 1435
  m('Dals-Eds kommun'), // 1438
  m('Färgelanda kommun'), // 1439
  m('Ale kommun'), // 1440
  m('Lerums kommun'), // 1441
  m('Vårgårda kommun'), // 1442
  m('Bollebygds kommun'), // 1443
  m('Grästorps kommun'), // 1444
  m('Essunga kommun'), // 1445
  m('Karlsborgs kommun'), // 1446
  m('Gullspångs kommun'), // 1447
  m('Tranemo kommun'), // 1452
  m('Bengtsfors kommun'), // 1460
  m('Melleruds kommun'), // 1461
  m('Lilla Edets kommun'), // 1462
  m('Marks kommun'), // 1463
  m('Svenljunga kommun'), // 1465
  m('Herrljunga kommun'), // 1466
  m('Vara kommun'), // 1470
  m('Götene kommun'), // 1471
  m('Tibro kommun'), // 1472
  m('Töreboda kommun'), // 1473
  m('Göteborgs Stad', 'Göteborgs stad', 'Göteborgs kommun'), // 1480
  m('Mölndals stad', 'Mölndals kommun'), // 1481
  m('Kungälvs kommun'), // 1482
  m('Lysekils kommun'), // 1484
  m('Uddevalla kommun'), // 1485
  m('Strömstads kommun'), // 1486
  m('Vänersborgs kommun'), // 1487
  m('Trollhättans stad', 'Trollhättans kommun'), // 1488
  m('Alingsås kommun'), // 1489
  m('Borås Stad', 'Borås kommun'), // 1490
  m('Ulricehamns kommun'), // 1491
  m('Åmåls kommun'), // 1492
  m('Mariestads kommun'), // 1493
  m('Lidköpings kommun'), // 1494
  m('Skara kommun'), // 1495
  m('Skövde kommun'), // 1496
  m('Hjo kommun'), // 1497
  m('Tidaholms kommun'), // 1498
  m('Falköpings kommun'), // 1499

  // 17 Värmlands län (16)
  m('Kils kommun'), // 1715
  m('Eda kommun'), // 1730
  m('Torsby kommun'), // 1737
  m('Storfors kommun'), // 1760
  m('Hammarö kommun'), // 1761
  m('Munkfors kommun'), // 1762
  m('Forshaga kommun'), // 1763
  m('Grums kommun'), // 1764
  m('Årjängs kommun'), // 1765
  m('Sunne kommun'), // 1766
  m('Karlstads kommun'), // 1780
  m('Kristinehamns kommun'), // 1781
  m('Filipstads kommun'), // 1782
  m('Hagfors kommun'), // 1783
  m('Arvika kommun'), // 1784
  m('Säffle kommun'), // 1785

  // 18 Örebro län (12)
  m('Lekebergs kommun'), // 1814
  m('Laxå kommun'), // 1860
  m('Hallsbergs kommun'), // 1861
  m('Degerfors kommun'), // 1862
  m('Hällefors kommun'), // 1863
  m('Ljusnarsbergs kommun'), // 1864
  m('Örebro kommun'), // 1880
  m('Kumla kommun'), // 1881
  m('Askersunds kommun'), // 1882
  m('Karlskoga kommun'), // 1883
  m('Nora kommun'), // 1884
  m('Lindesbergs kommun'), // 1885

  // 19 Västmanlands län (10)
  m('Skinnskattebergs kommun'), // 1904
  m('Surahammars kommun'), // 1907
  m('Kungsörs kommun'), // 1960
  m('Hallstahammars kommun'), // 1961
  m('Norbergs kommun'), // 1962
  m('Västerås stad', 'Västerås kommun'), // 1980
  m('Sala kommun'), // 1981
  m('Fagersta kommun'), // 1982
  m('Köpings kommun'), // 1983
  m('Arboga kommun'), // 1984

  // 20 Dalarnas län (15)
  m('Vansbro kommun'), // 2021
  m('Malung-Sälens kommun', 'Malungs kommun'), // 2023
  m('Gagnefs kommun'), // 2026
  m('Leksands kommun'), // 2029
  m('Rättviks kommun'), // 2031
  m('Orsa kommun'), // 2034
  m('Älvdalens kommun'), // 2039
  m('Smedjebackens kommun'), // 2061
  m('Mora kommun'), // 2062
  m('Falu kommun'), // 2080
  m('Borlänge kommun'), // 2081
  m('Säters kommun'), // 2082
  m('Hedemora kommun'), // 2083
  m('Avesta kommun'), // 2084
  m('Ludvika kommun'), // 2085

  // 21 Gävleborgs län (10)
  m('Ockelbo kommun'), // 2101
  m('Hofors kommun'), // 2104
  m('Ovanåkers kommun'), // 2121
  m('Nordanstigs kommun'), // 2132
  m('Ljusdals kommun'), // 2161
  m('Gävle kommun'), // 2180
  m('Sandvikens kommun'), // 2181
  m('Söderhamns kommun'), // 2182
  m('Bollnäs kommun'), // 2183
  m('Hudiksvalls kommun'), // 2184

  // 22 Västernorrlands län (7)
  m('Ånge kommun'), // 2260
  m('Timrå kommun'), // 2262
  m('Härnösands kommun'), // 2280
  m('Sundsvalls kommun'), // 2281
  m('Kramfors kommun'), // 2282
  m('Sollefteå kommun'), // 2283
  m('Örnsköldsviks kommun'), // 2284

  // 23 Jämtlands län (8)
  m('Ragunda kommun'), // 2303
  m('Bräcke kommun'), // 2305
  m('Krokoms kommun'), // 2309
  m('Strömsunds kommun'), // 2313
  m('Åre kommun'), // 2321
  m('Bergs kommun'), // 2326
  m('Härjedalens kommun'), // 2361
  m('Östersunds kommun'), // 2380

  // 24 Västerbottens län (15)
  m('Nordmalings kommun'), // 2401
  m('Bjurholms kommun'), // 2403
  m('Vindelns kommun'), // 2404
  m('Robertsfors kommun'), // 2409
  m('Norsjö kommun'), // 2417
  m('Malå kommun'), // 2418
  m('Storumans kommun'), // 2421
  m('Sorsele kommun'), // 2422
  m('Dorotea kommun'), // 2425
  m('Vännäs kommun'), // 2460
  m('Vilhelmina kommun'), // 2462
  m('Åsele kommun'), // 2463
  m('Umeå kommun'), // 2480
  m('Lycksele kommun'), // 2481
  m('Skellefteå kommun'), // 2482

  // 25 Norrbottens län (14)
  m('Arvidsjaurs kommun'), // 2505
  m('Arjeplogs kommun'), // 2506
  m('Jokkmokks kommun'), // 2510
  m('Överkalix kommun'), // 2513
  m('Kalix kommun'), // 2514
  m('Övertorneå kommun'), // 2518
  m('Pajala kommun'), // 2521
  m('Gällivare kommun'), // 2523
  m('Älvsbyns kommun'), // 2560
  m('Luleå kommun'), // 2580
  m('Piteå kommun'), // 2581
  m('Bodens kommun'), // 2582
  m('Haparanda stad', 'Haparanda kommun'), // 2583
  m('Kiruna kommun'), // 2584
];
