/**
 * Deterministic, plausible convenience-store seed data for Taiwan (pure, no database).
 *
 * Stores are where pre-ordered masks are picked up. `generateStores(count, seed)` spreads
 * `count` stores over all 22 counties roughly by population, splits them between the four
 * chains by their approximate 2020 market share, and places each one at a real road of a
 * real town with its real postal code. Store codes and names are made up.
 */
import { createRandom, type Random } from "@/lib/seed/random";
import { COUNTY_SEATS } from "@/lib/stores/near-me";
import { COUNTIES, roadsFor, type County, type Region, type Road, type Town } from "@/lib/seed/taiwan-places";

export const CHAINS = [
  { code: "7-ELEVEN", zh: "統一超商 7-ELEVEN", en: "7-ELEVEN" },
  { code: "FAMILYMART", zh: "全家便利商店", en: "FamilyMart" },
  { code: "HILIFE", zh: "萊爾富", en: "Hi-Life" },
  { code: "OKMART", zh: "OK超商", en: "OK mart" },
] as const;
export type ChainCode = (typeof CHAINS)[number]["code"];

export type SeedStore = {
  /** `${prefix}${6 digits}`, prefix S7 / FM / HL / OK — unique across chains. */
  code: string;
  chain: ChainCode;
  /** e.g. "信義門市", "全家大安和平店", "萊爾富板橋文化店", "OK新莊中華店". */
  name: string;
  /** e.g. "Xinyi Store", "FamilyMart Da'an Heping Store". */
  nameEn: string;
  countyZh: string;
  countyEn: string;
  townZh: string;
  townEn: string;
  postalCode: string;
  /** e.g. "110 臺北市信義區信義路五段7號1樓". */
  address: string;
  /** The same in the Ministry of the Interior's English form: "1F., No. 7, Sec. 5, Xinyi Rd., Xinyi District, Taipei City 110". */
  addressEn: string;
  /** Near the county seat, spread by town and store (plausible, not surveyed): for "near me". */
  latitude: number;
  longitude: number;
  logisticsCentre: string;
};

/** Approximate 2020 store-count shares; they sum to 1. */
export const CHAIN_SHARES: Record<ChainCode, number> = {
  "7-ELEVEN": 0.45,
  FAMILYMART: 0.32,
  HILIFE: 0.13,
  OKMART: 0.1,
};

export const CHAIN_CODE_PREFIX: Record<ChainCode, string> = {
  "7-ELEVEN": "S7",
  FAMILYMART: "FM",
  HILIFE: "HL",
  OKMART: "OK",
};

/**
 * Distribution centres per chain and region. The names are plausible, not real.
 * `islands` is the default for outlying islands — the south centre, since Penghu and
 * Kinmen are supplied via Kaohsiung port; a county's `servedFrom` overrides it
 * (Matsu is supplied via Keelung, so from the north centre). Use `logisticsCentreFor`.
 */
export const LOGISTICS_CENTRES: Record<ChainCode, Record<Region, string>> = {
  "7-ELEVEN": centres("7-ELEVEN", "桃園大園", "臺中大肚", "高雄岡山", "花蓮吉安"),
  FAMILYMART: centres("全家", "新北五股", "臺中大雅", "高雄仁武", "花蓮市"),
  HILIFE: centres("萊爾富", "新北林口", "臺中烏日", "高雄大社", "臺東市"),
  OKMART: centres("OK超商", "桃園蘆竹", "臺中太平", "臺南仁德", "花蓮新城"),
};

function centres(label: string, north: string, central: string, south: string, east: string): Record<Region, string> {
  const south_ = `${label} 南區物流中心（${south}）`;
  return {
    north: `${label} 北區物流中心（${north}）`,
    central: `${label} 中區物流中心（${central}）`,
    south: south_,
    east: `${label} 東區物流中心（${east}）`,
    islands: south_,
  };
}

export function logisticsCentreFor(chain: ChainCode, county: County): string {
  return LOGISTICS_CENTRES[chain][county.servedFrom ?? county.region];
}

// ─────────────────────────────── generation ───────────────────────────────

const MAX_PER_CHAIN = 100_000; // 6-digit codes: keep well below the 900,000 available

export function generateStores(count: number, seed = 2020): SeedStore[] {
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`generateStores: count must be a non-negative integer, got ${count}`);
  }
  const rng = createRandom(seed);

  const perCounty = apportion(
    count,
    COUNTIES.map((c) => c.population),
    count >= COUNTIES.length ? 1 : 0,
  );
  const chainOrder = shuffle(
    rng,
    apportion(count, CHAINS.map((c) => CHAIN_SHARES[c.code])).flatMap((n, i) =>
      Array<ChainCode>(n).fill(CHAINS[i]!.code),
    ),
  );
  for (const chain of CHAINS) {
    if (chainOrder.filter((c) => c === chain.code).length > MAX_PER_CHAIN) {
      throw new RangeError(`generateStores: more than ${MAX_PER_CHAIN} ${chain.code} stores requested`);
    }
  }

  const usedCodes = new Set<string>();
  const usedNames = new Map<ChainCode, Set<string>>(CHAINS.map((c) => [c.code, new Set<string>()]));
  const stores: SeedStore[] = [];

  COUNTIES.forEach((county, ci) => {
    for (let k = 0; k < (perCounty[ci] ?? 0); k++) {
      const chain = chainOrder[stores.length]!;
      const town = rng.pick(county.towns);
      const road = rng.pick(roadsFor(county, town.zh));
      const section = road.sections ? rng.pick(road.sections) : undefined;
      const number = rng.int(1, 399);
      const groundFloor = rng.next() < 0.6;
      const name = uniqueName(chain, county, town, road, usedNames.get(chain)!);

      stores.push({
        code: uniqueCode(rng, chain, usedCodes),
        chain,
        name: name.zh,
        nameEn: name.en,
        countyZh: county.zh,
        countyEn: county.en,
        townZh: town.zh,
        townEn: town.en,
        postalCode: town.postalCode,
        address:
          `${town.postalCode} ${county.zh}${town.zh}${road.zh}` +
          `${section === undefined ? "" : `${zhNumeral(section)}段`}${number}號${groundFloor ? "1樓" : ""}`,
        addressEn:
          `${groundFloor ? "1F., " : ""}No. ${number}, ${section === undefined ? "" : `Sec. ${section}, `}${road.en}, ${town.en}, ${county.en} ${town.postalCode}`,
        ...storePosition(county.zh, town.zh, stores.length),
        logisticsCentre: logisticsCentreFor(chain, county),
      });
    }
  });
  return stores;
}

/**
 * Splits `total` into integers proportional to `weights` (largest remainder method),
 * giving each at least `floor` first. Deterministic; ties go to the earlier weight.
 */
function apportion(total: number, weights: readonly number[], floor = 0): number[] {
  const base = weights.map(() => floor);
  const rest = total - floor * weights.length;
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (rest * w) / sum);
  const counts = exact.map((x, i) => (base[i] ?? 0) + Math.floor(x));
  let left = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => ({ i, rem: x - Math.floor(x) }))
    .sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    left--;
  }
  return counts;
}

function shuffle<T>(rng: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function uniqueCode(rng: Random, chain: ChainCode, used: Set<string>): string {
  for (;;) {
    const code = `${CHAIN_CODE_PREFIX[chain]}${rng.int(100000, 999999)}`;
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
  }
}

// ──────────────────────────────── naming ─────────────────────────────────

type Stem = { zh: string; en: string };

/**
 * Picks the first free name among, in the chain's preferred order, "<road>" and
 * "<town><road>", then "<town><road>二", "…三", …. A name counts as taken within a
 * chain if either its Chinese or its English form is.
 */
function uniqueName(chain: ChainCode, county: County, town: Town, road: Road, used: Set<string>): Stem {
  const roadStem = stemOfRoad(road);
  const townStem = stemOfTown(county, town);
  const withTown: Stem | undefined = roadStem.zh.includes(townStem.zh)
    ? undefined
    : { zh: townStem.zh + roadStem.zh, en: `${townStem.en} ${roadStem.en}` };
  const firsts = (chain === "FAMILYMART" || chain === "HILIFE" ? [withTown, roadStem] : [roadStem, withTown]).filter(
    (s): s is Stem => s !== undefined,
  );
  const numberedBase = withTown ?? roadStem;

  for (let n = 1; ; n++) {
    const stem: Stem =
      n <= firsts.length
        ? firsts[n - 1]!
        : { zh: numberedBase.zh + zhNumeral(n - firsts.length + 1), en: `${numberedBase.en} ${n - firsts.length + 1}` };
    const name = formatName(chain, stem);
    if (!used.has(`zh:${name.zh}`) && !used.has(`en:${name.en}`)) {
      used.add(`zh:${name.zh}`);
      used.add(`en:${name.en}`);
      return name;
    }
  }
}

function formatName(chain: ChainCode, stem: Stem): Stem {
  switch (chain) {
    case "7-ELEVEN":
      return { zh: `${stem.zh}門市`, en: `${stem.en} Store` };
    case "FAMILYMART":
      return { zh: `全家${stem.zh}店`, en: `FamilyMart ${stem.en} Store` };
    case "HILIFE":
      return { zh: `萊爾富${stem.zh}店`, en: `Hi-Life ${stem.en} Store` };
    case "OKMART":
      return { zh: `OK${stem.zh}店`, en: `OK mart ${stem.en} Store` };
  }
}

/**
 * "忠孝東路"/"Zhongxiao E. Rd." → 忠孝/Zhongxiao; "中山一路" → 中山; "臺灣大道" → 臺灣; "湖西村" → 湖西.
 * A suffix, direction or ordinal is dropped only if at least two characters remain
 * ("萬大路" → 萬大, "忠一路" → 忠一).
 */
export function stemOfRoad(road: Road): Stem {
  let zh = road.zh.replace(/(大道|大路)$/, "");
  if (zh.length < 2 || zh === road.zh) zh = road.zh.replace(/(路|街|村|里)$/, "");
  let en = road.en.replace(/ (Rd|St|Blvd|Vil)\.$/, "");
  if (/[東西南北]$/.test(zh) && zh.length > 2) {
    zh = zh.slice(0, -1);
    en = en.replace(/ [EWSN]\.$/, "");
  }
  if (/[一二三四五六七八九]$/.test(zh) && zh.length > 2) {
    zh = zh.slice(0, -1);
    en = en.replace(/ \d+(st|nd|rd|th)$/, "");
  }
  return { zh, en };
}

/** "大安區" → 大安/Da'an; one-character names get the county: "東區" in 臺中市 → 臺中東/Taichung East. */
export function stemOfTown(county: County, town: Town): Stem {
  const zh = town.zh.slice(0, -1);
  const en = town.en.replace(/ (District|City|Township)$/, "");
  if (zh.length >= 2) return { zh, en };
  return {
    zh: county.zh.slice(0, -1) + zh,
    en: `${county.en.replace(/ (City|County)$/, "")} ${en}`,
  };
}

const DIGITS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九; 100 and above stay as digits. */
export function zhNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`zhNumeral: ${n}`);
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return DIGITS[ones]!;
  return `${tens === 1 ? "" : DIGITS[tens]}十${DIGITS[ones]}`;
}

// ─────────────────────────────── positions ───────────────────────────────

/** A small deterministic hash (FNV-1a) → [0, 1): positions need no random draws, so adding them changed no other field. */
function unit(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return h / 2 ** 32;
}

/**
 * A plausible position: the county seat, moved up to ~9 km per town (the same for every store of a
 * town) and up to ~1 km per store. Not surveyed; enough for "near me" to sort by distance (D100).
 */
export function storePosition(countyZh: string, townZh: string, index: number): { latitude: number; longitude: number } {
  const seat = COUNTY_SEATS.find(([c]) => c === countyZh);
  const [lat, lng] = seat ? [seat[1], seat[2]] : [23.7, 121];
  const round6 = (n: number) => Math.round(n * 1e6) / 1e6;
  return {
    latitude: round6(lat + (unit(`${countyZh}${townZh}:lat`) - 0.5) * 0.16 + (unit(`${index}:lat`) - 0.5) * 0.02),
    longitude: round6(lng + (unit(`${countyZh}${townZh}:lng`) - 0.5) * 0.16 + (unit(`${index}:lng`) - 0.5) * 0.02),
  };
}
