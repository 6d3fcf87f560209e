import { describe, expect, it } from "vitest";
import {
  CHAIN_CODE_PREFIX,
  CHAIN_SHARES,
  CHAINS,
  LOGISTICS_CENTRES,
  generateStores,
  logisticsCentreFor,
  stemOfRoad,
  stemOfTown,
  zhNumeral,
  type ChainCode,
  type SeedStore,
} from "@/lib/seed/stores";
import { createRandom } from "@/lib/seed/random";
import {
  COUNTIES,
  REGIONS,
  SPECIAL_MUNICIPALITIES,
  countyByCode,
  countyByZh,
  roadNames,
  roadsFor,
  townOf,
} from "@/lib/seed/taiwan-places";

const stores400 = generateStores(400);

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

describe("createRandom", () => {
  it("repeats its sequence for the same seed and differs for another", () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
  });

  it("next() is in [0, 1) and int() covers [min, max] inclusively", () => {
    const rng = createRandom(7);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const x = rng.next();
      expect(x >= 0 && x < 1).toBe(true);
      const n = rng.int(3, 6);
      expect(Number.isInteger(n) && n >= 3 && n <= 6).toBe(true);
      seen.add(n);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it("pick() returns members, and rejects empty arrays and bad ranges", () => {
    const rng = createRandom(1);
    const arr = ["a", "b", "c"] as const;
    for (let i = 0; i < 50; i++) expect(arr).toContain(rng.pick(arr));
    expect(() => rng.pick([])).toThrow(RangeError);
    expect(() => rng.int(5, 4)).toThrow(RangeError);
  });
});

describe("taiwan-places", () => {
  it("holds all 22 counties/cities with unique codes and 臺 in official names", () => {
    expect(COUNTIES).toHaveLength(22);
    expect(new Set(COUNTIES.map((c) => c.code)).size).toBe(22);
    expect(new Set(COUNTIES.map((c) => c.zh)).size).toBe(22);
    for (const c of COUNTIES) {
      expect(c.zh).toMatch(/[市縣]$/);
      expect(c.zh).not.toContain("台");
      expect(REGIONS).toContain(c.region);
    }
    expect(COUNTIES.map((c) => c.zh)).toEqual(expect.arrayContaining(["臺北市", "臺中市", "臺南市", "臺東縣"]));
  });

  it("knows real postal codes", () => {
    const postal = (countyZh: string, townZh: string) => townOf(countyByZh(countyZh)!, townZh)?.postalCode;
    expect(postal("臺北市", "信義區")).toBe("110");
    expect(postal("臺北市", "大安區")).toBe("106");
    expect(postal("新北市", "板橋區")).toBe("220");
    expect(postal("臺中市", "西屯區")).toBe("407");
    expect(postal("高雄市", "苓雅區")).toBe("802");
    expect(postal("花蓮縣", "花蓮市")).toBe("970");
    expect(postal("連江縣", "南竿鄉")).toBe("209");
  });

  it("gives municipalities at least 8 towns, every county at least 2, and towns 3-digit codes", () => {
    for (const code of SPECIAL_MUNICIPALITIES) expect(countyByCode(code)!.towns.length).toBeGreaterThanOrEqual(8);
    for (const c of COUNTIES) {
      // Chiayi City has exactly two districts; every other county lists at least 3.
      expect(c.towns.length).toBeGreaterThanOrEqual(c.code === "CYI" ? 2 : 3);
      expect(new Set(c.towns.map((t) => t.zh)).size).toBe(c.towns.length);
      for (const t of c.towns) {
        expect(t.postalCode).toMatch(/^\d{3}$/);
        expect(t.zh).toMatch(/[區市鎮鄉]$/);
      }
    }
  });

  it("gives every county at least 5 road names and every town at least one usable road", () => {
    for (const c of COUNTIES) {
      expect(roadNames(c).length, c.zh).toBeGreaterThanOrEqual(5);
      for (const t of c.towns) expect(roadsFor(c, t.zh).length, `${c.zh}${t.zh}`).toBeGreaterThan(0);
      for (const road of c.roads) {
        for (const tz of road.towns ?? []) expect(townOf(c, tz), `${c.zh} ${road.zh} → ${tz}`).toBeDefined();
        for (const s of road.sections ?? []) expect(s >= 1 && s <= 7).toBe(true);
      }
    }
  });

  it("ties town-specific roads to their towns and falls back to common names elsewhere", () => {
    const tpe = countyByCode("TPE")!;
    const xinyi = roadsFor(tpe, "信義區");
    expect(xinyi.map((r) => r.zh)).toContain("松仁路");
    expect(xinyi.map((r) => r.zh)).not.toContain("木柵路");
    const tao = countyByCode("TAO")!;
    expect(roadsFor(tao, "新屋區").every((r) => r.towns === undefined)).toBe(true);
    expect(roadsFor(tao, "桃園區").every((r) => r.towns?.includes("桃園區"))).toBe(true);
  });
});

describe("generateStores: determinism", () => {
  it("returns the same array for the same count and seed", () => {
    const a = generateStores(250, 7);
    const b = generateStores(250, 7);
    expect(a).not.toBe(b);
    expect(a).toEqual(b);
  });

  it("defaults the seed to 2020", () => {
    expect(generateStores(60)).toEqual(generateStores(60, 2020));
  });

  it("returns a different array for a different seed", () => {
    const a = generateStores(250, 1);
    const b = generateStores(250, 2);
    expect(a).not.toEqual(b);
    expect(a.map((s) => s.code)).not.toEqual(b.map((s) => s.code));
  });

  it("returns exactly `count` stores and rejects invalid counts", () => {
    expect(generateStores(0)).toEqual([]);
    expect(generateStores(1)).toHaveLength(1);
    expect(generateStores(17)).toHaveLength(17);
    expect(stores400).toHaveLength(400);
    expect(() => generateStores(-1)).toThrow(RangeError);
    expect(() => generateStores(2.5)).toThrow(RangeError);
  });
});

describe("generateStores: codes and names", () => {
  it("gives unique chain-prefixed 6-digit codes", () => {
    for (const stores of [stores400, generateStores(3000, 99)]) {
      expect(new Set(stores.map((s) => s.code)).size).toBe(stores.length);
      for (const s of stores) expect(s.code).toMatch(new RegExp(`^${CHAIN_CODE_PREFIX[s.chain]}\\d{6}$`));
    }
  });

  it("gives unique Chinese and English names within each chain", () => {
    for (const stores of [stores400, generateStores(3000, 99)]) {
      for (const chain of CHAINS) {
        const mine = stores.filter((s) => s.chain === chain.code);
        expect(new Set(mine.map((s) => s.name)).size).toBe(mine.length);
        expect(new Set(mine.map((s) => s.nameEn)).size).toBe(mine.length);
      }
    }
  });

  it("names stores in each chain's style", () => {
    const style: Record<ChainCode, [RegExp, RegExp]> = {
      "7-ELEVEN": [/^[^全萊O].+門市$/, /^(?!FamilyMart|Hi-Life|OK mart).+ Store$/],
      FAMILYMART: [/^全家.+店$/, /^FamilyMart .+ Store$/],
      HILIFE: [/^萊爾富.+店$/, /^Hi-Life .+ Store$/],
      OKMART: [/^OK.+店$/, /^OK mart .+ Store$/],
    };
    for (const s of stores400) {
      expect(s.name).toMatch(style[s.chain][0]);
      expect(s.nameEn).toMatch(style[s.chain][1]);
      expect(s.nameEn).toMatch(/^[A-Za-z0-9' -]+$/);
    }
  });

  it("derives name stems from roads and towns", () => {
    const tpe = countyByCode("TPE")!;
    const road = (zh: string) => tpe.roads.find((r) => r.zh === zh)!;
    expect(stemOfRoad(road("忠孝東路"))).toEqual({ zh: "忠孝", en: "Zhongxiao" });
    expect(stemOfRoad(road("萬大路"))).toEqual({ zh: "萬大", en: "Wanda" });
    expect(stemOfRoad(countyByCode("KHH")!.roads.find((r) => r.zh === "中山一路")!)).toEqual({ zh: "中山", en: "Zhongshan" });
    expect(stemOfTown(tpe, townOf(tpe, "大安區")!)).toEqual({ zh: "大安", en: "Da'an" });
    const txg = countyByCode("TXG")!;
    expect(stemOfTown(txg, townOf(txg, "東區")!)).toEqual({ zh: "臺中東", en: "Taichung East" });
    expect([1, 5, 10, 12, 20, 37].map(zhNumeral)).toEqual(["一", "五", "十", "十二", "二十", "三十七"]);
  });
});

describe("generateStores: places", () => {
  it("covers every chain", () => {
    for (const stores of [stores400, generateStores(20, 5)]) {
      expect(new Set(stores.map((s) => s.chain))).toEqual(new Set(CHAINS.map((c) => c.code)));
    }
  });

  it("covers all 22 counties when count >= 300", () => {
    for (const stores of [generateStores(300), stores400, generateStores(300, 12345)]) {
      expect(new Set(stores.map((s) => s.countyZh)).size).toBe(22);
    }
  });

  it("puts every store in a town of its own county, with matching English names", () => {
    for (const s of stores400) {
      const county = countyByZh(s.countyZh);
      expect(county, s.countyZh).toBeDefined();
      expect(s.countyEn).toBe(county!.en);
      const town = townOf(county!, s.townZh);
      expect(town, `${s.countyZh}${s.townZh}`).toBeDefined();
      expect(s.townEn).toBe(town!.en);
    }
  });

  it("uses 3-digit postal codes that match the town, and well-formed addresses", () => {
    for (const s of stores400) {
      const town = townOf(countyByZh(s.countyZh)!, s.townZh)!;
      expect(s.postalCode).toMatch(/^\d{3}$/);
      expect(s.postalCode).toBe(town.postalCode);
      expect(s.address.startsWith(`${s.postalCode} ${s.countyZh}${s.townZh}`)).toBe(true);
      expect(s.address).toMatch(/^\d{3} \S+?([一二三四五六七]段)?[1-9]\d*號(1樓)?$/);
      const rest = s.address.slice(`${s.postalCode} ${s.countyZh}${s.townZh}`.length);
      const roads = roadsFor(countyByZh(s.countyZh)!, s.townZh);
      expect(
        roads.some((r) => rest.startsWith(r.zh) && (r.sections ? /^[一二三四五六七]段/.test(rest.slice(r.zh.length)) : /^\d/.test(rest.slice(r.zh.length)))),
        s.address,
      ).toBe(true);
    }
  });

  it("weights counties by population", () => {
    const byCounty = countBy(stores400, (s) => s.countyZh);
    const n = (zh: string) => byCounty.get(zh) ?? 0;
    const big6 = ["新北市", "臺北市", "臺中市", "高雄市", "桃園市", "臺南市"].reduce((a, zh) => a + n(zh), 0);
    expect(big6 / 400).toBeGreaterThan(0.6);
    expect(n("新北市")).toBeGreaterThan(n("臺北市"));
    expect(n("臺北市")).toBeGreaterThan(5 * n("花蓮縣"));
    for (const small of ["連江縣", "金門縣", "澎湖縣", "臺東縣", "花蓮縣"]) {
      expect(n(small)).toBeGreaterThanOrEqual(1);
      expect(n(small)).toBeLessThanOrEqual(8);
    }
  });

  it("splits chains roughly by market share (count 400)", () => {
    // The brief's shares, written out so a change to CHAIN_SHARES is caught here.
    const expected: Record<ChainCode, number> = { "7-ELEVEN": 0.45, FAMILYMART: 0.32, HILIFE: 0.13, OKMART: 0.1 };
    expect(CHAIN_SHARES).toEqual(expected);
    const byChain = countBy(stores400, (s) => s.chain);
    for (const chain of CHAINS) {
      expect(Math.abs((byChain.get(chain.code) ?? 0) / 400 - expected[chain.code]), chain.code).toBeLessThan(0.03);
    }
  });

  it("does not give whole counties to a single chain", () => {
    const byCounty = new Map<string, SeedStore[]>();
    for (const s of stores400) byCounty.set(s.countyZh, [...(byCounty.get(s.countyZh) ?? []), s]);
    for (const zh of ["新北市", "臺北市", "臺中市", "高雄市"]) {
      expect(new Set(byCounty.get(zh)!.map((s) => s.chain)).size, zh).toBe(4);
    }
  });
});

describe("logistics centres", () => {
  it("names a distinct, chain-labelled centre per mainland region", () => {
    for (const chain of CHAINS) {
      const c = LOGISTICS_CENTRES[chain.code];
      const mainland = [c.north, c.central, c.south, c.east];
      expect(new Set(mainland).size).toBe(4);
      const label = chain.code === "FAMILYMART" ? "全家" : chain.code === "HILIFE" ? "萊爾富" : chain.code === "OKMART" ? "OK超商" : "7-ELEVEN";
      for (const name of Object.values(c)) expect(name.startsWith(label)).toBe(true);
      expect(c.islands).toBe(c.south);
    }
  });

  it("serves islands from the nearest mainland centre and everyone else from their region's", () => {
    expect(logisticsCentreFor("7-ELEVEN", countyByCode("LIE")!)).toBe(LOGISTICS_CENTRES["7-ELEVEN"].north);
    expect(logisticsCentreFor("FAMILYMART", countyByCode("PEN")!)).toBe(LOGISTICS_CENTRES.FAMILYMART.south);
    expect(logisticsCentreFor("HILIFE", countyByCode("KIN")!)).toBe(LOGISTICS_CENTRES.HILIFE.south);
    expect(logisticsCentreFor("OKMART", countyByCode("HUA")!)).toBe(LOGISTICS_CENTRES.OKMART.east);
    for (const s of stores400) {
      const county = countyByZh(s.countyZh)!;
      expect(s.logisticsCentre).toBe(LOGISTICS_CENTRES[s.chain][county.servedFrom ?? county.region]);
      if (county.region !== "islands") expect(county.servedFrom).toBeUndefined();
    }
  });
});
